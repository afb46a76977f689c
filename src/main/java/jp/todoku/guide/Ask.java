package jp.todoku.guide;

import java.util.List;
import java.util.Optional;

/**
 * Ask this question next.
 *
 * @param question the question
 * @param options  the options to offer (empty for text and date)
 * @param value    what to pre-fill: the previous answer when revisiting, or the rejected input
 * @param problem  message key explaining why the last input was not accepted, if it was not
 * @param carried  every other answer, to carry in hidden fields so none is lost on the way back and forth
 * @param path     the questions answered before this one
 */
public record Ask(Question question, List<Option> options, Optional<String> value, Optional<String> problem,
                  Answers carried, List<AnsweredQuestion> path) implements Step {

    public Ask {
        if (question == null || value == null || problem == null || carried == null) {
            throw new IllegalArgumentException("every part of a question step must be given");
        }
        options = List.copyOf(options);
        path = List.copyOf(path);
    }

    /** 1-based position of this question on the path, for "question 3". */
    public int number() {
        return path.size() + 1;
    }
}
