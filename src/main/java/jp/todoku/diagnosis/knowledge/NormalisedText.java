package jp.todoku.diagnosis.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A text in the form literals are compared in ({@link TextNormalizer#normalize}), built once, with
 * where each of its folded lines went in it. Evidence then searches the whole form once per literal
 * and maps hits back to lines, instead of normalising every line again for every failure.
 */
final class NormalisedText {

    private final String text;
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

    private NormalisedText(String text, String compatible, String indexed, int[] starts, int[] ends) {
        this.text = text;
        this.compatible = compatible;
        this.indexed = indexed;
        this.starts = starts;
        this.ends = ends;
    }

    /** Exactly {@code TextNormalizer.normalize(input)}, with its line index; one pass, no copy per line. */
    static NormalisedText of(String input) {
        // Characters are folded while appending, so the folded copy is only made if asked for.
        String compatible = TextNormalizer.compatible(input);
        LineBounds lines = LineBounds.of(compatible);
        int[] starts = new int[lines.count()];
        int[] ends = new int[lines.count()];
        char[] chars = compatible.toCharArray();
        int length = 0;
        for (int i = 0; i < lines.count(); i++) {
            int written = TextNormalizer.appendLine(chars, length, lines.start(i), lines.end(i));
            boolean kept = written != length;
            starts[i] = kept ? (length == 0 ? 0 : length + 1) : -1;
            ends[i] = kept ? written : -1;
            length = written;
        }
        String mixedCase = new String(chars, 0, length);
        String lower = mixedCase.toLowerCase(Locale.ROOT);
        if (lower.length() != mixedCase.length()) {
            // A rare letter (İ) grew when lower-cased, so the offsets no longer line up: index each
            // line by itself; contains() on a line then agrees with normalising that line alone.
            return perLine(lower, compatible);
        }
        NormalisedText normalised = new NormalisedText(lower, compatible, lower, starts, ends);
        normalised.compatibleLines = lines;
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
        return text;
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
        for (int at = indexed.indexOf(literal); at >= 0; at = indexed.indexOf(literal, at + 1)) {
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
}
