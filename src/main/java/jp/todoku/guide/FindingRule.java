package jp.todoku.guide;

import java.util.List;

/**
 * When a finding applies: any one of its alternative conditions holds. A fallback rule has none and
 * applies only when no advice was found at all.
 */
public record FindingRule(Finding finding, List<Condition> alternatives, boolean fallback) {

    public FindingRule {
        alternatives = List.copyOf(alternatives);
        if (finding == null) {
            throw new IllegalArgumentException("a rule needs its finding");
        }
        if (fallback != alternatives.isEmpty()) {
            throw new IllegalArgumentException("a fallback has no conditions, every other finding has some: " + finding.id());
        }
    }

    public boolean appliesTo(Answers answers) {
        return alternatives.stream().anyMatch(condition -> condition.holdsFor(answers));
    }
}
