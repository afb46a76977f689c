package jp.todoku.diagnosis.knowledge;

import jp.todoku.diagnosis.phrase.LiteralAutomaton;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All match rules, precompiled: the distinct literals of every rule sit in one automaton, so one
 * pass over a failure's text finds every literal, and the rules are then checked against that.
 */
final class RuleIndex {

    /** Strongest first: tier, then more conditions, longer literals, more exact status, data order. */
    static final Comparator<Rule> PRECEDENCE = Comparator.comparing(Rule::tier)
            .thenComparing(Comparator.comparingInt(Rule::conditions).reversed())
            .thenComparing(Comparator.comparingInt(Rule::literalLength).reversed())
            .thenComparing(Comparator.comparingInt(Rule::statusSpecificity).reversed())
            .thenComparingInt(Rule::order);

    private final List<Rule> rules;
    private final int[][] ruleLiterals;
    private final LiteralAutomaton automaton;
    private final Map<String, Integer> literalNumbers = new HashMap<>();

    RuleIndex(List<Rule> rules) {
        this.rules = rules.stream().sorted(PRECEDENCE).toList();
        List<String> literals = new ArrayList<>();
        for (Rule rule : this.rules) {
            for (String text : rule.texts()) {
                literalNumbers.computeIfAbsent(text, key -> {
                    literals.add(key);
                    return literals.size() - 1;
                });
            }
        }
        automaton = new LiteralAutomaton(literals);
        ruleLiterals = this.rules.stream()
                .map(rule -> rule.texts().stream().mapToInt(literalNumbers::get).toArray()).toArray(int[][]::new);
    }

    /** The literals (by number) found in a normalised text. */
    BitSet literalsIn(String normalised) {
        return automaton.find(normalised);
    }

    /** The literals (by number) found in a normalised text, as {@link #literalsIn(String)} on its text. */
    BitSet literalsIn(NormalisedText normalised) {
        return normalised.literalsIn(automaton);
    }

    /** {@link #literalsJoined(String, String, BitSet)} for a tail known by its normalised text. */
    BitSet literalsJoined(String head, NormalisedText tail, BitSet inTail) {
        // Only the tail's first characters can take part in a match across the join.
        return automaton.findJoined(head, tail.prefix(automaton.longest()), inTail);
    }

    /** The literals in {@code head + " " + tail}, knowing those in the tail (see LiteralAutomaton). */
    BitSet literalsJoined(String head, String tail, BitSet inTail) {
        return automaton.findJoined(head, tail, inTail);
    }

    /**
     * The best rule per entry that holds, strongest first.
     *
     * @param inMain    the literals found in the normalised text the error itself is in
     * @param inContext the literals found in the normalised text around it (whole input), for background rules
     */
    List<Rule> hits(Rule.Facts facts, BitSet inMain, BitSet inContext) {
        Map<String, Rule> best = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (best.containsKey(rule.entryId())) {
                continue;
            }
            BitSet found = rule.tier() == Tier.CONTEXT ? inContext : inMain;
            if (allFound(ruleLiterals[i], found) && rule.holds(facts)) {
                best.put(rule.entryId(), rule);
            }
        }
        return List.copyOf(best.values());
    }

    private static boolean allFound(int[] literals, BitSet found) {
        for (int literal : literals) {
            if (!found.get(literal)) {
                return false;
            }
        }
        return true;
    }

    List<Rule> rules() {
        return rules;
    }
}
