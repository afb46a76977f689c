package jp.todoku.tickets;

/**
 * Someone else changed the ticket since this staff member loaded it; nothing was written. The page
 * shows {@link #MESSAGE_KEY} and the current state so the change can be made again knowingly.
 */
public class TicketConflictException extends RuntimeException {

    public static final String MESSAGE_KEY = "tickets.conflict";

    private final String reference;

    public TicketConflictException(String reference, long expectedVersion, Long currentVersion) {
        super("ticket " + reference + " was changed by someone else (expected version " + expectedVersion
                + ", now " + (currentVersion == null ? "unknown" : currentVersion) + ")");
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
