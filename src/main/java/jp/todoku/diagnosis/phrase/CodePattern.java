package jp.todoku.diagnosis.phrase;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;

/**
 * A condition on a status or reply code as written in a table: {@code *} (any), an exact code
 * ({@code 5.7.1}, {@code 550}), a range ({@code 5.7.606-5.7.649}, {@code 501-507}), a wildcard detail
 * ({@code 5.7.*}, {@code 5xx}) or {@code none} (the message carried no code).
 */
public record CodePattern(String spelling, int low, int high, boolean absent) {

    public static final CodePattern ANY = new CodePattern("*", Integer.MIN_VALUE, Integer.MAX_VALUE, false);

    // 5.*, 5.7.* or 5.7.1: a subject without a detail ("5.7") is refused as ambiguous.
    private static final Pattern STATUS = Pattern.compile("([245])\\.(?:\\*|([0-9]{1,3})\\.([0-9]{1,3}|\\*))");
    private static final Pattern REPLY = Pattern.compile("([245])([0-9x])([0-9x])");

    /** A status pattern, or empty when the spelling is not one. */
    public static Optional<CodePattern> findStatus(String spelling) {
        return find(spelling, true);
    }

    /** A reply code pattern, or empty when the spelling is not one. */
    public static Optional<CodePattern> findReply(String spelling) {
        return find(spelling, false);
    }

    private static Optional<CodePattern> find(String spelling, boolean status) {
        String text = spelling.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.equals("*") || text.isEmpty()) {
            return Optional.of(ANY);
        }
        if (text.equals("none")) {
            return Optional.of(new CodePattern("none", 0, 0, true));
        }
        String[] ends = text.split("-", -1);
        if (ends.length > 2) {
            return Optional.empty();
        }
        int[] first = bounds(ends[0], status);
        int[] last = ends.length == 2 ? bounds(ends[1], status) : first;
        if (first == null || last == null || last[1] < first[0]) {
            return Optional.empty();
        }
        return Optional.of(new CodePattern(text, first[0], last[1], false));
    }

    // Codes are compared as numbers: class * 1,000,000 + subject * 1,000 + detail for status codes.
    private static int[] bounds(String part, boolean status) {
        if (status) {
            Matcher m = STATUS.matcher(part);
            if (!m.matches()) {
                return null;
            }
            int base = Integer.parseInt(m.group(1)) * 1_000_000;
            if (m.group(2) == null) {
                return new int[] {base, base + 999_999};
            }
            base += Integer.parseInt(m.group(2)) * 1_000;
            if (m.group(3).equals("*")) {
                return new int[] {base, base + 999};
            }
            base += Integer.parseInt(m.group(3));
            return new int[] {base, base};
        }
        Matcher m = REPLY.matcher(part);
        if (!m.matches() || (m.group(2).equals("x") && !m.group(3).equals("x"))) {
            return null;
        }
        String low = part.replace('x', '0');
        String high = part.replace('x', '9');
        return new int[] {Integer.parseInt(low), Integer.parseInt(high)};
    }

    public boolean isAny() {
        return low == Integer.MIN_VALUE;
    }

    public boolean matches(DeliveryStatus status) {
        if (isAny()) {
            return true;
        }
        if (status == null) {
            return absent;
        }
        int value = status.statusClass() * 1_000_000 + status.subject() * 1_000 + status.detail();
        return !absent && value >= low && value <= high;
    }

    public boolean matches(ReplyCode reply) {
        if (isAny()) {
            return true;
        }
        if (reply == null) {
            return absent;
        }
        return !absent && reply.value() >= low && reply.value() <= high;
    }

    @Override
    public String toString() {
        return spelling;
    }
}
