package jp.todoku.diagnosis.reason;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.DeliveryStatus;

/**
 * A report's own status field is often only {@code 5.0.0} (or missing) while the server's text
 * carries the real code, e.g. {@code Status: 5.0.0} with {@code 550 5.7.1 Access denied}. The code
 * the server wrote then decides; nothing is made up.
 */
final class StatusRefinement {

    // Bounded repetitions: linear scan. Same shape as DeliveryStatus.find, but every match is wanted.
    private static final Pattern CODE = Pattern.compile("(?<![0-9.])([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9])");
    private static final int SCAN_LIMIT = 4_096;

    private StatusRefinement() {
    }

    /**
     * The given status if it is specific; else the last specific code in the text (of the same class
     * when a generic code was given); else the given status, or the text's generic code when none was given.
     */
    static DeliveryStatus refine(DeliveryStatus given, String text) {
        if (given != null && (given.subject() != 0 || given.detail() != 0) || text == null || text.isEmpty()) {
            return given;
        }
        Matcher matcher = CODE.matcher(text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text);
        DeliveryStatus found = null;
        DeliveryStatus generic = null;
        while (matcher.find()) {
            int statusClass = Integer.parseInt(matcher.group(1));
            int subject = Integer.parseInt(matcher.group(2));
            int detail = Integer.parseInt(matcher.group(3));
            if ((subject != 0 || detail != 0) && (given == null || given.statusClass() == statusClass)) {
                found = new DeliveryStatus(statusClass, subject, detail);
            } else if (given == null && generic == null) {
                generic = new DeliveryStatus(statusClass, subject, detail);
            }
        }
        return found != null ? found : given != null ? given : generic;
    }
}
