package jp.todoku.diagnosis.phrase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's one rule index (issue 9): every rule set, the reason tables ({@link RuleTable}), the
 * plain phrase lists ({@link PhraseList}) and the knowledge base's match rules, puts the literals of
 * its rules here. The distinct literals sit in one {@link LiteralAutomaton}; one pass over a text
 * finds all of them, and only the rules that use a found literal are looked at. A rule holds as far
 * as its text goes when every one of its literals was found; what else a rule asks for (word edges,
 * order of parts, codes, SMTP step, reason, domain) its owner checks on the few rules returned.
 *
 * <p>Rules are numbered in the order given, and {@link #rulesWithAll} answers in that order, so an
 * owner that gives its rules strongest first (the knowledge base) or in table order (the reason
 * tables) reads the answer in its own precedence. Immutable and safe to share between threads.
 */
public final class MatchIndex {

    /** Where a literal counts: anywhere in the text, or only where no letter or digit is glued to it. */
    public enum Edges {
        /** Inside words too: the reason tables (their {@code word} kind checks edges itself). */
        ANYWHERE,
        /** Only where it stands apart (see {@link LiteralAutomaton}): the knowledge base's texts and codes. */
        APART
    }

    private final int ruleCount;
    private final int[][] literalsOfRule;
    private final int[][] rulesOfLiteral;
    private final BitSet textless;
    private final LiteralAutomaton automaton;

    /**
     * @param literalsPerRule the literals (already normalised) each rule needs, by rule number; an
     *                        empty list for a rule with no text condition, which every text admits
     * @param edges           where the literals count
     */
    public MatchIndex(List<List<String>> literalsPerRule, Edges edges) {
        ruleCount = literalsPerRule.size();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<List<Integer>> users = new ArrayList<>();
        literalsOfRule = new int[ruleCount][];
        textless = new BitSet(ruleCount);
        for (int rule = 0; rule < ruleCount; rule++) {
            List<String> literals = literalsPerRule.get(rule);
            if (literals.isEmpty()) {
                textless.set(rule);
            }
            literalsOfRule[rule] = new int[literals.size()];
            for (int i = 0; i < literals.size(); i++) {
                int number = numbers.computeIfAbsent(literals.get(i), key -> numbers.size());
                if (number == users.size()) {
                    users.add(new ArrayList<>());
                }
                users.get(number).add(rule);
                literalsOfRule[rule][i] = number;
            }
        }
        rulesOfLiteral = users.stream().map(list -> list.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
        List<String> literals = new ArrayList<>(numbers.keySet());
        automaton = edges == Edges.APART ? new LiteralAutomaton(literals) : LiteralAutomaton.anywhere(literals);
    }

    /** The literals (by number) found in a normalised text. */
    public BitSet literalsIn(String normalised) {
        return normalised.isEmpty() || rulesOfLiteral.length == 0 ? new BitSet() : automaton.find(normalised);
    }

    /** {@link #literalsIn(String)} for the text {@code chars[0, length)}, read in place. */
    public BitSet literalsIn(char[] chars, int length) {
        return length == 0 || rulesOfLiteral.length == 0 ? new BitSet() : automaton.find(chars, length);
    }

    /**
     * The literals in {@code head + " " + tail}, knowing those in the tail: only the tail's first
     * characters (the longest literal's length) can take part in a match across the join.
     */
    public BitSet literalsJoined(String head, String tailPrefix, BitSet inTail) {
        return automaton.findJoined(head, tailPrefix, inTail);
    }

    /** The length of the longest literal: how much of a tail {@link #literalsJoined} needs. */
    public int longest() {
        return automaton.longest();
    }

    /** The rules (by number, in the order given) whose literals were all found, and those with none. */
    public BitSet rulesWithAll(BitSet literals) {
        BitSet rules = (BitSet) textless.clone();
        for (int literal = literals.nextSetBit(0); literal >= 0 && literal < rulesOfLiteral.length;
                literal = literals.nextSetBit(literal + 1)) {
            for (int rule : rulesOfLiteral[literal]) {
                if (!rules.get(rule) && allFound(literalsOfRule[rule], literals)) {
                    rules.set(rule);
                }
            }
        }
        return rules;
    }

    /** {@link #rulesWithAll} of the literals in a normalised text. */
    public BitSet rulesIn(String normalised) {
        return rulesWithAll(literalsIn(normalised));
    }

    /** How many rules the index was built for. */
    public int ruleCount() {
        return ruleCount;
    }

    private static boolean allFound(int[] literals, BitSet found) {
        for (int literal : literals) {
            if (!found.get(literal)) {
                return false;
            }
        }
        return true;
    }
}
