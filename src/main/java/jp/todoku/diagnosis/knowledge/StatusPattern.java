package jp.todoku.diagnosis.knowledge;

import java.util.Optional;
import java.util.regex.Pattern;

import jp.todoku.diagnosis.DeliveryStatus;

/**
 * An enhanced status code as written in the knowledge data: {@code 5.7.26}, or with {@code x} for
 * any part, e.g. {@code x.2.2} (both 4.2.2 and 5.2.2) or {@code 5.7.x} (any security refusal).
 */
record StatusPattern(int statusClass, int subject, int detail) {

    static final int ANY = -1;
    private static final Pattern FORM = Pattern.compile("([245x])\\.([0-9]{1,3}|x)\\.([0-9]{1,3}|x)");

    static Optional<StatusPattern> find(String text) {
        if (text == null || !FORM.matcher(text.trim().toLowerCase(java.util.Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("\\.");
        return Optional.of(new StatusPattern(part(parts[0]), part(parts[1]), part(parts[2])));
    }

    private static int part(String text) {
        return "x".equals(text) ? ANY : Integer.parseInt(text);
    }

    boolean matches(DeliveryStatus status) {
        return status != null
                && (statusClass == ANY || statusClass == status.statusClass())
                && (subject == ANY || subject == status.subject())
                && (detail == ANY || detail == status.detail());
    }

    /** True for x.Y.0 ("other ...") and patterns with x in the subject or detail. */
    boolean namesOnlyAClass() {
        return subject == ANY || detail == ANY || detail == 0;
    }

    /** How many parts are fixed: a fixed code outranks a pattern. */
    int specificity() {
        return (statusClass == ANY ? 0 : 1) + (subject == ANY ? 0 : 1) + (detail == ANY ? 0 : 1);
    }

    @Override
    public String toString() {
        return show(statusClass) + "." + show(subject) + "." + show(detail);
    }

    private static String show(int part) {
        return part == ANY ? "x" : Integer.toString(part);
    }
}
