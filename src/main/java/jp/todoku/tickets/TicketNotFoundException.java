package jp.todoku.tickets;

/** No ticket has this reference (staff operations; the customer side answers with an empty Optional). */
public class TicketNotFoundException extends RuntimeException {

    public static final String MESSAGE_KEY = "tickets.not-found";

    public TicketNotFoundException(String reference) {
        super("no ticket " + reference);
    }
}
