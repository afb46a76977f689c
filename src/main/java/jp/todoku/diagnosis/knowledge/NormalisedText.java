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
    private final String folded;
    // The string the line segments point into: the text itself, or in a rare case (see perLine)
    // the lines normalised one by one and put end to end.
    private final String indexed;
    private final List<String> foldedLines;
    // Per folded line, its segment of the text; -1 for a line that left nothing (blank, "550-").
    private final int[] starts;
    private final int[] ends;

    private NormalisedText(String text, String folded, String indexed, List<String> foldedLines, int[] starts, int[] ends) {
        this.text = text;
        this.folded = folded;
        this.indexed = indexed;
        this.foldedLines = foldedLines;
        this.starts = starts;
        this.ends = ends;
    }

    /** Exactly {@code TextNormalizer.normalize(input)}, with its line index. */
    static NormalisedText of(String input) {
        String folded = TextNormalizer.fold(input);
        List<String> lines = TextNormalizer.lines(folded);
        int[] starts = new int[lines.size()];
        int[] ends = new int[lines.size()];
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = out.length() == 0 ? 0 : out.length() + 1;
            if (TextNormalizer.appendLine(out, lines.get(i))) {
                ends[i] = out.length();
            } else {
                starts[i] = -1;
                ends[i] = -1;
            }
        }
        String mixedCase = out.toString();
        String lower = mixedCase.toLowerCase(Locale.ROOT);
        if (lower.length() != mixedCase.length()) {
            // A rare letter (İ) grew when lower-cased, so the offsets no longer line up: index each
            // line by itself; contains() on a line then agrees with normalising that line alone.
            return perLine(lower, folded, lines);
        }
        return new NormalisedText(lower, folded, lower, lines, starts, ends);
    }

    private static NormalisedText perLine(String whole, String folded, List<String> lines) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] ends = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = TextNormalizer.normalizeFolded(lines.get(i));
            starts[i] = line.isEmpty() ? -1 : joined.length();
            joined.append(line);
            ends[i] = line.isEmpty() ? -1 : joined.length();
        }
        return new NormalisedText(whole, folded, joined.toString(), lines, starts, ends);
    }

    /** The normalised form of the whole input. */
    String text() {
        return text;
    }

    /** The input after {@link TextNormalizer#fold}: the form codes are read from. */
    String folded() {
        return folded;
    }

    int lineCount() {
        return foldedLines.size();
    }

    String foldedLine(int index) {
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
