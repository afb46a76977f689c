package jp.todoku.tickets;

/**
 * A ticket just opened: its reference and the raw status token for the private link. The token is
 * shown to the customer once and never stored; only its hash is.
 */
public record CreatedTicket(String reference, String rawToken) {

    @Override
    public String toString() {
        // Keep the secret out of logs and exception messages.
        return "CreatedTicket[reference=" + reference + ", rawToken=***]";
    }
}
