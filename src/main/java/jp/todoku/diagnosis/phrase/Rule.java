package jp.todoku.diagnosis.phrase;

import jp.todoku.diagnosis.Reason;

/**
 * One line of a rule table: when the text condition, the SMTP step and both codes all hold, the
 * failure has this reason.
 *
 * @param reason  the reason the line stands for
 * @param phrase  the text condition
 * @param phase   the SMTP steps at which the line applies
 * @param status  the condition on the status code
 * @param reply   the condition on the reply code
 * @param source  where the line is: table name and line number, for messages and reviews
 * @param note    the line's own comment (where the text was seen), may be empty
 */
public record Rule(Reason reason, Phrase phrase, PhaseGuard phase, CodePattern status, CodePattern reply,
                   String source, String note) {

    public Rule {
        if (reason == null || phrase == null || phase == null || status == null || reply == null) {
            throw new IllegalArgumentException("a rule needs a reason, a phrase, a phase and code patterns");
        }
        note = note == null ? "" : note;
    }

    /** The conditions other than the text, which the table checks after the text search. */
    boolean admits(Clues clues) {
        return phase.admits(clues.command()) && status.matches(clues.status()) && reply.matches(clues.replyCode());
    }
}
