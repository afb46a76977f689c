package jp.todoku.diagnosis.phrase;

import jp.todoku.diagnosis.Reason;

/**
 * One line of a rule table: when its condition holds (text, SMTP step and both codes), the failure
 * has this reason.
 *
 * @param reason    the reason the line stands for
 * @param condition what the line looks for, in the engine's one rule format
 * @param source    where the line is: table name and line number, for messages and reviews
 * @param note      the line's own comment (where the text was seen), may be empty
 */
public record Rule(Reason reason, Condition condition, String source, String note) {

    public Rule {
        if (reason == null || condition == null) {
            throw new IllegalArgumentException("a rule needs a reason and a condition");
        }
        note = note == null ? "" : note;
    }

    public Rule(Reason reason, Phrase phrase, PhaseGuard phase, CodePattern status, CodePattern reply,
                String source, String note) {
        this(reason, new Condition(phrase, phase, status, reply), source, note);
    }

    public Phrase phrase() {
        return condition.text();
    }

    public PhaseGuard phase() {
        return condition.phase();
    }

    public CodePattern status() {
        return condition.status();
    }

    public CodePattern reply() {
        return condition.reply();
    }

    /** The conditions other than the text, which the table checks after the text search. */
    boolean admits(Clues clues) {
        return condition.admits(clues.command(), clues.status(), clues.replyCode());
    }
}
