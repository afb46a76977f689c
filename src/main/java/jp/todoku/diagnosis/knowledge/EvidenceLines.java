package jp.todoku.diagnosis.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.todoku.diagnosis.phrase.CodePattern;

/**
 * Finds the lines of the customer's input that made a rule match, to show them as evidence. A line
 * counts when its normalised form contains a rule's literal; the whole input is normalised once
 * ({@link NormalisedText}) and each literal is searched in it, not in every line by itself.
 */
final class EvidenceLines {

    private static final int MAXIMUM_LINES = 5_000;
    private static final int MAXIMUM_SHOWN = 8;
    private static final int MAXIMUM_LINE_LENGTH = 300;

    private final String input;
    private final NormalisedText normalised;
    // Where the input's own lines (as written, to show) are, found on first need.
    private LineBounds original;

    EvidenceLines(String input) {
        this(input, NormalisedText.of(input));
    }

    EvidenceLines(String input, NormalisedText normalised) {
        this.input = input;
        this.normalised = normalised;
    }

    /** The input lines behind the given rules, in input order, at most a handful. */
    List<String> behind(List<Rule> rules) {
        Set<Integer> chosen = new TreeSet<>();
        for (Rule rule : rules) {
            for (String literal : rule.texts()) {
                addLinesWith(literal, chosen);
            }
            CodePattern status = rule.condition().status();
            CodePattern reply = rule.condition().reply();
            if (rule.texts().isEmpty() && !status.isAny()) {
                addLinesWith(status.toString().replace("x", ""), chosen);
            }
            if (rule.texts().isEmpty() && status.isAny() && !reply.isAny()) {
                addLinesWith(reply.toString(), chosen);
            }
        }
        Set<String> shown = new LinkedHashSet<>();
        for (int index : chosen) {
            if (shown.size() < MAXIMUM_SHOWN) {
                String line = line(index);
                shown.add(line.length() > MAXIMUM_LINE_LENGTH ? line.substring(0, MAXIMUM_LINE_LENGTH) : line);
            }
        }
        return List.copyOf(shown);
    }

    private void addLinesWith(String literal, Set<Integer> chosen) {
        if (literal.isEmpty() || literal.equals(".")) {
            return;
        }
        if (!addWhere(literal, chosen)) {
            // A literal can span a folded line break; its first words still point at the line.
            String[] words = literal.split(" ");
            if (words.length > 3) {
                addWhere(String.join(" ", words[0], words[1], words[2]), chosen);
            }
        }
    }

    private boolean addWhere(String literal, Set<Integer> chosen) {
        boolean[] any = {false};
        normalised.linesContaining(literal, index -> {
            // Only the first lines are evidence, and only those with something written on them.
            if (index < MAXIMUM_LINES && !line(index).isEmpty()) {
                chosen.add(index);
                any[0] = true;
            }
        });
        return any[0];
    }

    // A line as the customer wrote it (stripped); the folded one where folding added lines.
    private String line(int index) {
        if (original == null) {
            original = normalised.linesOf(input.length() > TextNormalizer.MAXIMUM_LENGTH
                    ? input.substring(0, TextNormalizer.MAXIMUM_LENGTH) : input);
        }
        return index < original.count() ? original.line(index).strip() : normalised.foldedLine(index).strip();
    }
}
