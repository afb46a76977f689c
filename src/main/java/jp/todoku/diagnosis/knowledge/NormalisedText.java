package jp.todoku.diagnosis.knowledge;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import jp.todoku.diagnosis.phrase.MatchIndex;

/**
 * A text in the form literals are compared in ({@link TextNormalizer#normalize}), built once, with
 * where each of its folded lines went in it. Evidence then searches the whole form once per literal
 * and maps hits back to lines, instead of normalising every line again for every failure.
 */
final class NormalisedText {

    // Made on first need when the characters are kept (see chars): evidence and the literal scan
    // read the characters, so for most inputs the string is never made.
    private String text;
    // The input cut and in NFKC; folded (quotes, dashes) only on demand, see folded().
    private final String compatible;
    private String folded;
    // The string the line segments point into: the text itself, or in a rare case (see perLine)
    // the lines normalised one by one and put end to end.
    private final String indexed;
    // Per folded line, its segment of the indexed string; -1 for a line that left nothing (blank, "550-").
    private final int[] starts;
    private final int[] ends;
    private List<String> foldedLines;
    private LineBounds compatibleLines;
    // When known: text() as characters, chars[0, length), so a scan need not copy it again.
    private char[] chars;
    private int length;

    private NormalisedText(String text, String compatible, String indexed, int[] starts, int[] ends) {
        this.text = text;
        this.compatible = compatible;
        this.indexed = indexed;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * Exactly {@code TextNormalizer.normalize(input)}, with its line index; one pass over one copy
     * of the text: lines are found, normalised and written back in place as they are read (the
     * CLI runs on the quick compiler, where every extra pass over a 64 KB input shows).
     */
    static NormalisedText of(String input) {
        // Characters are folded while appending, so the folded copy is only made if asked for.
        // As TextNormalizer.compatible(input), with the ASCII check on the array.
        String compatible = TextNormalizer.limited(input);
        char[] chars = compatible.toCharArray();
        boolean ascii = TextNormalizer.isAscii(chars, chars.length);
        if (!ascii && !Normalizer.isNormalized(compatible, Normalizer.Form.NFKC)) {
            compatible = Normalizer.normalize(compatible, Normalizer.Form.NFKC);
            chars = compatible.toCharArray();
        }
        int count = chars.length;
        // Per line (split as LineBounds splits): where it is in the compatible text, and the
        // segment it left in the normalised one. Grown as needed: most inputs have a few hundred.
        int capacity = 16;
        int[] lineStarts = new int[capacity];
        int[] lineEnds = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int lines = 0;
        int length = 0;
        int begin = 0;
        while (true) {
            if (lines == capacity) {
                capacity *= 2;
                lineStarts = java.util.Arrays.copyOf(lineStarts, capacity);
                lineEnds = java.util.Arrays.copyOf(lineEnds, capacity);
                starts = java.util.Arrays.copyOf(starts, capacity);
                ends = java.util.Arrays.copyOf(ends, capacity);
            }
            // The written part never passes the line being read (see appendLine), so what is
            // still to be read is untouched.
            long line = TextNormalizer.appendLineFrom(chars, length, begin, count);
            int end = (int) (line >>> 32);
            int written = (int) line;
            boolean kept = written != length;
            lineStarts[lines] = begin;
            lineEnds[lines] = end;
            starts[lines] = kept ? (length == 0 ? 0 : length + 1) : -1;
            ends[lines] = kept ? written : -1;
            length = written;
            lines++;
            if (end >= count) {
                break;
            }
            begin = chars[end] == '\r' && end + 1 < count && chars[end + 1] == '\n' ? end + 2 : end + 1;
        }
        starts = java.util.Arrays.copyOf(starts, lines);
        ends = java.util.Arrays.copyOf(ends, lines);
        LineBounds bounds = LineBounds.of(compatible, java.util.Arrays.copyOf(lineStarts, lines),
                java.util.Arrays.copyOf(lineEnds, lines));
        if (ascii) {
            // appendLine lowers ASCII capitals itself: text that was ASCII throughout is lower
            // case already, and its characters are what literals are searched in.
            NormalisedText normalised = new NormalisedText(null, compatible, null, starts, ends);
            normalised.compatibleLines = bounds;
            normalised.chars = chars;
            normalised.length = length;
            return normalised;
        }
        String mixedCase = new String(chars, 0, length);
        String lower = mixedCase.toLowerCase(Locale.ROOT);
        if (lower.length() != mixedCase.length()) {
            // A rare letter (İ) grew when lower-cased, so the offsets no longer line up: index each
            // line by itself; contains() on a line then agrees with normalising that line alone.
            return perLine(lower, compatible);
        }
        NormalisedText normalised = new NormalisedText(lower, compatible, lower, starts, ends);
        normalised.compatibleLines = bounds;
        return normalised;
    }

    private static NormalisedText perLine(String whole, String compatible) {
        List<String> lines = TextNormalizer.lines(TextNormalizer.foldCharacters(compatible));
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] ends = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = TextNormalizer.normalizeFolded(lines.get(i));
            starts[i] = line.isEmpty() ? -1 : joined.length();
            joined.append(line);
            ends[i] = line.isEmpty() ? -1 : joined.length();
        }
        return new NormalisedText(whole, compatible, joined.toString(), starts, ends);
    }

    /** The normalised form of the whole input. */
    String text() {
        if (text == null) {
            text = new String(chars, 0, length);
        }
        return text;
    }

    /** True when {@link #text()} is empty. */
    boolean isEmpty() {
        return text == null ? length == 0 : text.isEmpty();
    }

    /** The first characters of {@link #text()}, at most {@code count}. */
    String prefix(int count) {
        if (text == null) {
            return new String(chars, 0, Math.min(count, length));
        }
        return text.length() <= count ? text : text.substring(0, count);
    }

    /** The rule literals in {@link #text()}, as {@code index.literalsIn(text())} finds them. */
    java.util.BitSet literalsIn(MatchIndex index) {
        return chars == null ? index.literalsIn(text) : index.literalsIn(chars, length);
    }

    /** The input after {@link TextNormalizer#fold}: the form codes are read from. */
    String folded() {
        if (folded == null) {
            folded = TextNormalizer.foldCharacters(compatible);
        }
        return folded;
    }

    /**
     * The lines of the given text (the input as written, cut to the compared length): those already
     * found when the input needed no NFKC change, which is nearly always, else found now.
     */
    LineBounds linesOf(String original) {
        return compatibleLines != null && compatibleLines.isOf(original) ? compatibleLines : LineBounds.of(original);
    }

    /** One folded line (split on first need: only evidence past the input's own lines asks). */
    String foldedLine(int index) {
        if (foldedLines == null) {
            foldedLines = TextNormalizer.lines(folded());
        }
        return foldedLines.get(index);
    }

    /**
     * Calls {@code found} with each line (index into the folded lines) whose normalised form
     * contains the literal, as {@code normalize(line).contains(literal)} would say (a line may come twice).
     */
    void linesContaining(String literal, IntConsumer found) {
        int line = 0;
        char[] wanted = chars == null ? null : literal.toCharArray();
        for (int at = indexOf(wanted, literal, 0); at >= 0; at = indexOf(wanted, literal, at + 1)) {
            // Segments are in order and never overlap, and offsets only grow: one walk over the lines.
            while (line < starts.length && (starts[line] < 0 || ends[line] <= at)) {
                line++;
            }
            if (line == starts.length) {
                return;
            }
            if (starts[line] <= at && at + literal.length() <= ends[line]) {
                found.accept(line);
            }
        }
    }

    // indexed.indexOf(literal, from), in the kept characters when there are (wanted is then the literal's).
    private int indexOf(char[] wanted, String literal, int from) {
        if (wanted == null) {
            return indexed.indexOf(literal, from);
        }
        int n = wanted.length;
        if (n == 0) {
            return from <= length ? Math.max(from, 0) : -1;
        }
        char first = wanted[0];
        for (int i = Math.max(from, 0), last = length - n; i <= last; i++) {
            if (chars[i] != first) {
                continue;
            }
            int j = 1;
            while (j < n && chars[i + j] == wanted[j]) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }
}
