package jp.todoku.diagnosis;

/**
 * How much one piece of evidence says about a failure, strongest first. One failure gets one
 * decision: the reason the classifier chose and the knowledge entry that explains it are compared by
 * this ladder, and the stronger one decides both (docs/decision.md).
 *
 * <p>Why this order: a reader that understood the whole report knows more than any single line; a
 * receiving provider's own code (Outlook.com's SC-001, Yahoo's TSS04) is defined by that provider; a
 * specific enhanced status code (x.1.1, x.2.2) is defined by RFC 3463; a phrase names the cause in
 * words; a bare reply code (550) only says "permanent, refused"; a class-only code (x.0.0, x.7.1, 554)
 * says even less, and never outranks a phrase.
 */
public enum Strength {
    READER,
    PROVIDER,
    STATUS,
    PHRASE,
    REPLY,
    CLASS,
    NONE;

    /** Whether this evidence says strictly more than {@code other}. */
    public boolean outranks(Strength other) {
        return ordinal() < other.ordinal();
    }

    /** A status code that names only its class: x.y.0 ("other ..."), or x.7.1, the catch-all refusal. */
    public static boolean isClassOnly(DeliveryStatus status) {
        return status.detail() == 0 || (status.subject() == 7 && status.detail() == 1);
    }
}
