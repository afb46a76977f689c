package jp.todoku.guide;

import java.util.List;

/** All of its requirements hold; the empty condition always holds. */
public record Condition(List<Requirement> requirements) {

    public static final Condition ALWAYS = new Condition(List.of());

    public Condition {
        requirements = List.copyOf(requirements);
    }

    public boolean holdsFor(Answers answers) {
        for (Requirement requirement : requirements) {
            if (!requirement.isMetBy(answers)) {
                return false;
            }
        }
        return true;
    }

    public boolean isAlways() {
        return requirements.isEmpty();
    }
}
