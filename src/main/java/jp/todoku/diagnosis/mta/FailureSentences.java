package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recipients named inside a failure sentence rather than on a line of their own: "Your message
 * wasn't delivered to cat@example.jp because ...", "There was an error delivering your mail to
 * <cat@example.jp>." The sentence and the paragraph after it are the error text.
 */
final class FailureSentences {

    private FailureSentences() {
    }

    // Words of sentences that name a failed recipient in the middle: "Your message wasn't delivered
    // to cat@example.jp because ...", "There was an error delivering your mail to <cat@example.jp>."
    private static final String[] FAILURE_WORDS = {"deliver", "could not", "couldn't", "failed", "unable", "error",
        "rejected", "not reach", "undeliverable"};

    /** Recipients named inside a failure sentence, with that sentence and the paragraph after it. */
    static List<Draft> read(String[] lines, String bounceFrom) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.length && i < 2_000 && drafts.size() < TextReports.MAX_RECIPIENTS; i++) {
            String line = lines[i].length() > Scan.MAX_TEXT ? lines[i].substring(0, Scan.MAX_TEXT) : lines[i];
            int at = line.indexOf('@');
            if (at < 0) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            List<String> found = Scan.addresses(line, 1);
            if (found.isEmpty() || found.get(0).equalsIgnoreCase(bounceFrom) || found.get(0).startsWith("mailer-daemon@")) {
                continue;
            }
            int start = lower.indexOf(found.get(0).substring(0, found.get(0).indexOf('@')).toLowerCase(Locale.ROOT) + "@");
            String head = start > 0 ? lower.substring(0, start).stripTrailing() : "";
            if (!(head.endsWith(" to") || head.endsWith(" to <") || head.endsWith("to:") || head.endsWith(" to:<")
                    || head.endsWith(" to<") || head.endsWith("recipient:") || head.endsWith("recipients:")) || !containsAny(lower, FAILURE_WORDS) || drafts.stream().anyMatch(draft -> draft.recipient.equalsIgnoreCase(found.get(0)))) {
                continue;
            }
            StringBuilder text = new StringBuilder(line.trim());
            int next = i + 1;
            String rest = line.substring(Math.min(line.length(), start + found.get(0).length())).replaceAll("[>.\\s]", "");
            if (rest.isEmpty()) {
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
            }
            for (int taken = 0; next < lines.length && !lines[next].isBlank() && taken < TextReports.MAX_LINES_PER_RECIPIENT; next++, taken++) {
                text.append(' ').append(lines[next].trim());
            }
            drafts.add(new Draft(found.get(0)).text(text.toString()));
        }
        return drafts;
    }

    private static boolean containsAny(String lower, String[] words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
