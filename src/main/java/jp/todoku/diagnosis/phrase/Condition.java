package jp.todoku.diagnosis.phrase;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * What one rule of the engine looks for in a failure, in one format for every rule (issue 9): a
 * reason table's line ({@code match, text, phase, status, reply} columns) and a knowledge entry's
 * {@code match:} rule ({@code text:}, {@code word:}, {@code all:}, {@code code:}, {@code phase:},
 * {@code status:}, {@code reply:}) are both read into a condition, and both are checked the same
 * way: the text through the one rule index ({@link MatchIndex}), the rest by {@link #admits}.
 *
 * @param text   the text condition ({@link Phrase#ANY} for none)
 * @param phase  the SMTP steps at which it applies
 * @param status the condition on the enhanced status code
 * @param reply  the condition on the SMTP reply code
 */
public record Condition(Phrase text, PhaseGuard phase, CodePattern status, CodePattern reply) {

    public Condition {
        if (text == null || phase == null || status == null || reply == null) {
            throw new IllegalArgumentException("a condition needs a text (or ANY), a phase and code patterns");
        }
    }

    /** The conditions other than the text, which are checked after the text search. */
    public boolean admits(SmtpCommand command, DeliveryStatus statusCode, ReplyCode replyCode) {
        return phase.admits(command) && status.matches(statusCode) && reply.matches(replyCode);
    }

    /**
     * Whether the text condition holds in a normalised text whose literals the index found all
     * there: a plain text needs nothing more, a word its edges, several parts their order.
     */
    public boolean textOccursIn(String normalised) {
        return text.holdsOnceFound(normalised);
    }

    /** How many conditions are given: each text part, and each of phase, status and reply not left open. */
    public int count() {
        return text.parts().size() + (phase == PhaseGuard.ANY ? 0 : 1) + (status.isAny() ? 0 : 1)
                + (reply.isAny() ? 0 : 1);
    }
}
