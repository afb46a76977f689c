package jp.todoku.diagnosis.knowledge;

import jp.todoku.diagnosis.phrase.MatchIndex;

import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The knowledge base's match rules over the engine's one rule index ({@link MatchIndex}): the rules
 * are given to it strongest first, so the rules whose literals were all found come back in the order
 * of precedence, and the first that also holds its other conditions is each entry's best.
 */
final class RuleIndex {

    /** Strongest first: tier, then more conditions, longer literals, more exact status, data order. */
    static final Comparator<Rule> PRECEDENCE = Comparator.comparing(Rule::tier)
            .thenComparing(Comparator.comparingInt(Rule::conditions).reversed())
            .thenComparing(Comparator.comparingInt(Rule::literalLength).reversed())
            .thenComparing(Comparator.comparingInt(Rule::statusSpecificity).reversed())
            .thenComparingInt(Rule::order);

    private final List<Rule> rules;
    private final MatchIndex index;

    RuleIndex(List<Rule> rules) {
        this.rules = rules.stream().sorted(PRECEDENCE).toList();
        index = new MatchIndex(this.rules.stream().map(Rule::texts).toList(), MatchIndex.Edges.APART);
    }

    /** The literals (by number) found in a normalised text. */
    BitSet literalsIn(String normalised) {
        return index.literalsIn(normalised);
    }

    /** The literals (by number) found in a normalised text, as {@link #literalsIn(String)} on its text. */
    BitSet literalsIn(NormalisedText normalised) {
        return normalised.literalsIn(index);
    }

    /** {@link #literalsJoined(String, String, BitSet)} for a tail known by its normalised text. */
    BitSet literalsJoined(String head, NormalisedText tail, BitSet inTail) {
        // Only the tail's first characters can take part in a match across the join.
        return index.literalsJoined(head, tail.prefix(index.longest()), inTail);
    }

    /** The literals in {@code head + " " + tail}, knowing those in the tail (see LiteralAutomaton). */
    BitSet literalsJoined(String head, String tail, BitSet inTail) {
        return index.literalsJoined(head, tail.substring(0, Math.min(tail.length(), index.longest())), inTail);
    }

    /**
     * The best rule per entry that holds, strongest first.
     *
     * @param mainText    the normalised text the error itself is in
     * @param inMain      the literals found in it
     * @param contextText the normalised text around it (whole input), for background rules; asked
     *                    for only when such a rule needs its words' edges or order checked
     * @param inContext   the literals found in that
     */
    List<Rule> hits(Rule.Facts facts, String mainText, BitSet inMain, Supplier<String> contextText, BitSet inContext) {
        BitSet inMainRules = index.rulesWithAll(inMain);
        BitSet inContextRules = inContext == inMain ? inMainRules : index.rulesWithAll(inContext);
        BitSet candidates = (BitSet) inMainRules.clone();
        candidates.or(inContextRules);
        Map<String, Rule> best = new LinkedHashMap<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Rule rule = rules.get(i);
            if (best.containsKey(rule.entryId())) {
                continue;
            }
            boolean context = rule.tier() == Tier.CONTEXT;
            BitSet found = context ? inContextRules : inMainRules;
            if (found.get(i) && rule.holds(facts)
                    && rule.condition().textOccursIn(context && inContext != inMain ? contextText.get() : mainText)) {
                best.put(rule.entryId(), rule);
            }
        }
        return List.copyOf(best.values());
    }

    List<Rule> rules() {
        return rules;
    }
}
