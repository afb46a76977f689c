package jp.todoku.diagnosis.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the lines of the customer's input that made a rule match, to show them as evidence. */
final class EvidenceLines {

    private static final int MAXIMUM_LINES = 5_000;
    private static final int MAXIMUM_SHOWN = 8;
    private static final int MAXIMUM_LINE_LENGTH = 300;

    private final List<String> lines = new ArrayList<>();
    private final List<String> normalised = new ArrayList<>();

    EvidenceLines(String input) {
        List<String> folded = TextNormalizer.lines(TextNormalizer.fold(input));
        List<String> original = TextNormalizer.lines(input.length() > TextNormalizer.MAXIMUM_LENGTH
                ? input.substring(0, TextNormalizer.MAXIMUM_LENGTH) : input);
        for (int i = 0; i < Math.min(folded.size(), MAXIMUM_LINES); i++) {
            String line = i < original.size() ? original.get(i).strip() : folded.get(i).strip();
            if (!line.isEmpty()) {
                lines.add(line.length() > MAXIMUM_LINE_LENGTH ? line.substring(0, MAXIMUM_LINE_LENGTH) : line);
                normalised.add(TextNormalizer.normalizeFolded(folded.get(i)));
            }
        }
    }

    /** The input lines behind the given rules, in input order, at most a handful. */
    List<String> behind(List<Rule> rules) {
        Set<Integer> chosen = new java.util.TreeSet<>();
        for (Rule rule : rules) {
            for (String literal : rule.texts()) {
                addLinesWith(literal, chosen);
            }
            if (rule.texts().isEmpty() && rule.status() != null) {
                addLinesWith(rule.status().toString().replace("x", ""), chosen);
            }
            if (rule.texts().isEmpty() && rule.status() == null && rule.reply() != 0) {
                addLinesWith(Integer.toString(rule.reply()), chosen);
            }
        }
        Set<String> shown = new LinkedHashSet<>();
        for (int index : chosen) {
            if (shown.size() < MAXIMUM_SHOWN) {
                shown.add(lines.get(index));
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
        boolean any = false;
        for (int i = 0; i < normalised.size(); i++) {
            if (normalised.get(i).contains(literal)) {
                chosen.add(i);
                any = true;
            }
        }
        return any;
    }
}
