package jp.todoku.headers;

import java.util.Locale;

/** What usually explains the wait at the slowest hop; the web and the API turn the code into words. */
public enum WaitCause {
    /** No hop waited noticeably (every step took under a minute). */
    NONE,
    /** Between the Date the sender's program wrote and the first server: an outbox, a scheduled send, a queue at the sender. */
    SENDER_QUEUE,
    /** A few minutes at the step into another organisation: the receiver refused the first try on purpose (greylisting). */
    GREYLISTING,
    /** Long at the step into another organisation: the receiver refused for a while and the sender's server retried. */
    RETRY,
    /** Inside one server or organisation (localhost, LMTP, a content or virus filter, a busy internal relay). */
    FILTER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
