package jp.todoku.mail;

/** What became of one incoming message; labels are message keys {@code mail.outcome.<NAME>}. */
enum InboxOutcome {
    /** Claimed and being handled (only ever seen inside the handling transaction). */
    PROCESSING,
    /** A bounce of one of our notifications: recorded, and the contact marked dead when it is. */
    BOUNCE_RECORDED,
    /** An auto-reply, list mail, report or other machine mail: never answered. */
    IGNORED_AUTOMATIC,
    /** A reply carrying a ticket reference, added to that ticket. */
    REPLY_APPENDED,
    /** A forwarded bounce, answered with its diagnosis. */
    ANSWERED,
    /** A forwarded bounce, diagnosed, but this sender was answered recently (loop guard). */
    ANSWER_SUPPRESSED,
    /** Nothing we can handle alone: kept for staff. */
    KEPT;

    String labelKey() {
        return "mail.outcome." + name();
    }
}
