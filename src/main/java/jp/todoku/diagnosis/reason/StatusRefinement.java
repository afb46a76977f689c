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
    private static final Pattern SERVER_REPLY = Pattern.compile("([245])[0-9]{2}[ -]([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9])");

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
        if (given != null) {
            // "Status: 5.0.0" beside "421 4.7.1 ...": an MTA that gave up on a temporary refusal (Exim's
            // "retry timeout exceeded", Courier after its queue time) writes only the class of its own
            // verdict; the server's reply, code and status agreeing, is the code a server wrote.
            Matcher reply = SERVER_REPLY.matcher(text);
            // Only that direction: a 4.0.0 report (delayed, still trying) beside a 5xx text keeps its 4.0.0.
            if (given.statusClass() == 5 && reply.lookingAt() && reply.group(1).equals("4") && reply.group(2).equals("4")) {
                return new DeliveryStatus(Integer.parseInt(reply.group(2)), Integer.parseInt(reply.group(3)),
                        Integer.parseInt(reply.group(4)));
            }
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
