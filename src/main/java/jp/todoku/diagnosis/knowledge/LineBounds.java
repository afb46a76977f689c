package jp.todoku.diagnosis.knowledge;

/**
 * Where each line of a text starts and ends, split as {@link TextNormalizer#lines} splits (CR LF, CR
 * or LF), without copying the lines: evidence shows a handful of lines out of thousands.
 */
final class LineBounds {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private LineBounds(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static LineBounds of(String text) {
        // Counted first so the arrays are made once at their size: a long input has thousands of lines.
        int[] starts = new int[count(text)];
        int[] ends = new int[starts.length];
        int line = 0;
        int begin = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            starts[line] = begin;
            ends[line] = i;
            line++;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            begin = i + 1;
        }
        return new LineBounds(text, starts, ends);
    }

    /** Lines already found (by NormalisedText's pass): the arrays are taken as they are. */
    static LineBounds of(String text, int[] starts, int[] ends) {
        return new LineBounds(text, starts, ends);
    }

    private static int count(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** True when these are the lines of exactly this string object (so they can be shared). */
    boolean isOf(String other) {
        return text == other;
    }

    int count() {
        return starts.length;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    String line(int index) {
        return text.substring(starts[index], ends[index]);
    }
}
