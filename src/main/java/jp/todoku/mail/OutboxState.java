package jp.todoku.mail;

/** Where an outbox row stands; the labels are message keys {@code mail.state.<NAME>}. */
enum OutboxState {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    SUPPRESSED,
    BOUNCED;

    String labelKey() {
        return "mail.state." + name();
    }
}
