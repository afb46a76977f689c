package jp.todoku.guide;

import java.util.Set;

/** One part of a condition: the answer to this question is one of these values. */
public record Requirement(String questionId, Set<String> values) {

    public Requirement {
        if (questionId == null || questionId.isBlank()) {
            throw new IllegalArgumentException("a requirement needs a question id");
        }
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs at least one value: " + questionId);
        }
        values = Set.copyOf(values);
    }

    public boolean isMetBy(Answers answers) {
        return answers.find(questionId).map(values::contains).orElse(false);
    }
}
