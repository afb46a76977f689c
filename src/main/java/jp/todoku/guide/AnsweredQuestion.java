package jp.todoku.guide;

import java.util.Optional;

/**
 * One step of the path already taken, for the "your answers" summary and its change links. A choice
 * carries the option's label key; a text or date answer is shown as written.
 */
public record AnsweredQuestion(String questionId, String value, String labelKey, Optional<String> valueKey) {

    public AnsweredQuestion {
        if (questionId == null || value == null || labelKey == null || valueKey == null) {
            throw new IllegalArgumentException("every part of an answered question must be given");
        }
    }
}
