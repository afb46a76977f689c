package jp.todoku.diagnosis.phrase;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.todoku.diagnosis.Reason;

/** An ordered, immutable list of rules, searched in one pass over the error text. */
public final class RuleTable {

    private final String name;
    private final List<Rule> rules;
    private final List<Phrase> phrases;
    private final MatchIndex index;

    public RuleTable(String name, List<Rule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
        this.phrases = this.rules.stream().map(Rule::phrase).toList();
        this.index = Phrase.indexOf(phrases);
    }

    public String name() {
        return name;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first line, in table order, whose conditions all hold. */
    public Optional<Rule> first(Clues clues) {
        BitSet hits = Phrase.occurring(phrases, index, clues.text());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (rules.get(i).admits(clues)) {
                return Optional.of(rules.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every line that holds, in table order (for explanations and reviews of a table). */
    public List<Rule> matching(Clues clues) {
        BitSet hits = Phrase.occurring(phrases, index, clues.text());
        List<Rule> found = new java.util.ArrayList<>();
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (rules.get(i).admits(clues)) {
                found.add(rules.get(i));
            }
        }
        return found;
    }

    /** Every reason for which some line holds. */
    public Set<Reason> reasons(Clues clues) {
        EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
        BitSet hits = Phrase.occurring(phrases, index, clues.text());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (rules.get(i).admits(clues)) {
                reasons.add(rules.get(i).reason());
            }
        }
        return reasons;
    }
}
