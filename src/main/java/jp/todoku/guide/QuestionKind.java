package jp.todoku.guide;

/** How a question is answered: one of its options, a line of text, or a calendar date. */
public enum QuestionKind {
    CHOICE,
    TEXT,
    DATE
}
