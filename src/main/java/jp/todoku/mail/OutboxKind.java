package jp.todoku.mail;

/** What an outbox row says; each has a subject key {@code mail.subject.<code>} and a template. */
enum OutboxKind {
    /** To the customer: the ticket was opened, with the private link. */
    RECEIVED(true, "notification"),
    /** To the customer: support replied publicly. */
    REPLY(true, "notification"),
    /** To the customer: the ticket waits for them, or is resolved. */
    STATUS(true, "notification"),
    /** To a subscribed staff member: a new ticket. */
    STAFF_NEW_TICKET(false, "staff"),
    /** To a subscribed staff member: the customer replied. */
    STAFF_CUSTOMER_REPLY(false, "staff"),
    /** To someone who forwarded a bounce: what it means, and a link to the pre-filled ticket form. */
    ANSWER(false, "answer");

    private final boolean toCustomer;
    private final String template;

    OutboxKind(boolean toCustomer, String template) {
        this.toCustomer = toCustomer;
        this.template = template;
    }

    /** Mail to the ticket's customer carries the private status link. */
    boolean carriesStatusLink() {
        return toCustomer;
    }

    String template() {
        return template;
    }

    String subjectKey() {
        return "mail.subject." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
