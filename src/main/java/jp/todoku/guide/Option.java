package jp.todoku.guide;

import java.util.Optional;

/**
 * One answer a choice question offers. It is shown only while its condition holds (the symptoms
 * offered depend on sending or receiving), and may name its own next question.
 */
public record Option(String questionId, String value, Condition shownWhen, Optional<String> next) {

    public Option {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an option needs a value in " + questionId);
        }
        if (shownWhen == null || next == null) {
            throw new IllegalArgumentException("condition and next must be given (use ALWAYS / empty)");
        }
    }

    /** Message key of the option's label, e.g. {@code guide.option.send.port.25}. */
    public String labelKey() {
        return "guide.option." + questionId + "." + value;
    }

    public boolean isShownFor(Answers answers) {
        return shownWhen.holdsFor(answers);
    }
}
