package jp.todoku.diagnosis.knowledge;

import java.util.Arrays;

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
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        int begin = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = begin;
            ends[count] = i;
            count++;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            begin = i + 1;
        }
        return new LineBounds(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
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
