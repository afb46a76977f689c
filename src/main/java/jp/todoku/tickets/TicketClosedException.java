package jp.todoku.tickets;

/** A closed ticket takes no more customer replies; the customer is asked to open a new one. */
public class TicketClosedException extends RuntimeException {

    public static final String MESSAGE_KEY = "tickets.closed";

    public TicketClosedException(String reference) {
        super("ticket " + reference + " is closed");
    }
}
