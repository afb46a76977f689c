package jp.todoku.tickets;

/** Where a ticket stands; the labels (新規, 対応中, お客様回答待ち, 解決, クローズ) are message keys. */
public enum TicketStatus {
    NEW,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    RESOLVED,
    CLOSED;

    public String labelKey() {
        return "tickets.status." + name();
    }

    /** A closed ticket takes no more replies; the customer opens a new one. */
    public boolean isClosed() {
        return this == CLOSED;
    }
}
