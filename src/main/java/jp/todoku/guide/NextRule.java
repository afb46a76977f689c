package jp.todoku.guide;

/** Where a question leads when its condition holds; the target {@value #END} ends the questionnaire. */
public record NextRule(String target, Condition when) {

    public static final String END = "end";

    public NextRule {
        if (target == null || target.isBlank() || when == null) {
            throw new IllegalArgumentException("a next rule needs a target and a condition");
        }
    }

    public boolean isEnd() {
        return END.equals(target);
    }
}
