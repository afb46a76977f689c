package jp.todoku.tickets;

/** What happened to a ticket; the history records one event per change. */
public enum TicketEventKind {
    CREATED,
    STATUS_CHANGED,
    ASSIGNED,
    PUBLIC_REPLY,
    INTERNAL_NOTE,
    CUSTOMER_REPLY,
    FIELD_CHANGED;

    /** Only replies reach the customer's status page; internal notes never do. */
    public boolean isVisibleToCustomer() {
        return this == PUBLIC_REPLY || this == CUSTOMER_REPLY;
    }

    public String labelKey() {
        return "tickets.event." + name();
    }
}
