package jp.todoku.diagnosis.phrase;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;

/**
 * A condition on a status or reply code, one spelling for every rule of the engine (the reason
 * tables' status and reply columns and the knowledge base's {@code status:} and {@code reply:}):
 * {@code *} (any), an exact code ({@code 5.7.1}, {@code 550}), a range ({@code 5.7.606-5.7.649},
 * {@code 501-507}), a wildcard detail ({@code 5.7.*}, {@code 5.7.x}, {@code 5xx}), a wildcard class
 * ({@code x.2.2}: both 4.2.2 and 5.2.2; {@code x.7.x}) or {@code none} (the message carried no code).
 *
 * @param spelling    as written, trimmed and lower-cased, with {@code x} for a status's {@code *}
 * @param low         the lowest code matched, as a number (see {@link #value})
 * @param high        the highest
 * @param absent      {@code none}: matches only when there is no code
 * @param anyClass    the class is a wildcard ({@code x.}): numbers leave the class out
 * @param specificity how many of the three parts are fixed; a range counts two
 */
public record CodePattern(String spelling, int low, int high, boolean absent, boolean anyClass, int specificity) {

    public static final CodePattern ANY = new CodePattern("*", Integer.MIN_VALUE, Integer.MAX_VALUE, false, false, 0);

    // 5.*, 5.7.* or 5.7.1, with x for * and for the class: a subject without a detail ("5.7") is
    // refused as ambiguous, and so is a fixed detail under a wildcard subject ("5.x.1").
    private static final Pattern STATUS = Pattern.compile(
            "([245x])\\.(?:[*x]|[*x]\\.[*x]|([0-9]{1,3})\\.([0-9]{1,3}|[*x]))");
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
            return Optional.of(new CodePattern("none", 0, 0, true, false, 0));
        }
        String[] ends = text.split("-", -1);
        if (ends.length > 2) {
            return Optional.empty();
        }
        Bounds first = bounds(ends[0], status);
        Bounds last = ends.length == 2 ? bounds(ends[1], status) : first;
        if (first == null || last == null || last.high < first.low || first.anyClass != last.anyClass) {
            return Optional.empty();
        }
        int specificity = ends.length == 2 ? Math.min(2, first.fixed) : first.fixed;
        // One spelling per pattern, whichever rule wrote it: 5.7.* and 5.7.x are the same pattern.
        String canonical = status ? text.replace('*', 'x') : text;
        return Optional.of(new CodePattern(canonical, first.low, last.high, false, first.anyClass, specificity));
    }

    private record Bounds(int low, int high, boolean anyClass, int fixed) {
    }

    // Codes are compared as numbers: class * 1,000,000 + subject * 1,000 + detail for status codes
    // (without the class when it is a wildcard).
    private static Bounds bounds(String part, boolean status) {
        if (status) {
            Matcher m = STATUS.matcher(part);
            if (!m.matches()) {
                return null;
            }
            boolean anyClass = m.group(1).equals("x");
            int base = anyClass ? 0 : Integer.parseInt(m.group(1)) * 1_000_000;
            int classFixed = anyClass ? 0 : 1;
            if (m.group(2) == null) {
                return new Bounds(base, base + 999_999, anyClass, classFixed);
            }
            base += Integer.parseInt(m.group(2)) * 1_000;
            if (m.group(3).equals("*") || m.group(3).equals("x")) {
                return new Bounds(base, base + 999, anyClass, classFixed + 1);
            }
            base += Integer.parseInt(m.group(3));
            return new Bounds(base, base, anyClass, classFixed + 2);
        }
        Matcher m = REPLY.matcher(part);
        if (!m.matches() || (m.group(2).equals("x") && !m.group(3).equals("x"))) {
            return null;
        }
        int fixed = 1 + (m.group(2).equals("x") ? 0 : 1) + (m.group(3).equals("x") ? 0 : 1);
        String low = part.replace('x', '0');
        String high = part.replace('x', '9');
        return new Bounds(Integer.parseInt(low), Integer.parseInt(high), false, fixed);
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
        int value = value(status);
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

    private int value(DeliveryStatus status) {
        return (anyClass ? 0 : status.statusClass() * 1_000_000) + status.subject() * 1_000 + status.detail();
    }

    /**
     * A status pattern that names only a class of causes, which a specific phrase or a classified
     * reason outranks (docs/decision.md): a wildcard subject or detail, or an "other" detail
     * ({@code x.7.0}, {@code 5.1.0}).
     */
    public boolean namesOnlyAClass() {
        if (isAny() || absent) {
            return true;
        }
        boolean exact = low == high;
        return exact ? low % 1_000 == 0 : high - low >= 999 && low % 1_000 == 0;
    }

    /** A status code the pattern matches (a tidy one: class 5, subject 9, detail 99 for wildcards). */
    public DeliveryStatus exampleStatus() {
        int statusClass = anyClass ? 5 : low / 1_000_000;
        int rest = low % 1_000_000;
        int span = high - low;
        int subject = span >= 999_999 ? 9 : rest / 1_000;
        int detail = span >= 999 ? 99 : rest % 1_000;
        return new DeliveryStatus(statusClass, subject, detail);
    }

    @Override
    public String toString() {
        return spelling;
    }
}
