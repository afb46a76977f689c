package jp.todoku.guide;

import java.util.List;

/** What the guide says next: ask a question, or the outcome. */
public sealed interface Step permits Ask, Outcome {

    /** The questions answered on the way here, in order. */
    List<AnsweredQuestion> path();
}
