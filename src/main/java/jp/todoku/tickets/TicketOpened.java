package jp.todoku.tickets;

import java.time.Instant;

/**
 * Published inside the transaction that opens a ticket, so a listener (the mail channel) can write
 * its own rows in the same commit. It carries the raw status token, which is never stored here.
 */
public record TicketOpened(String reference, String contact, String rawToken, Instant at) {

    @Override
    public String toString() {
        return "TicketOpened[reference=" + reference + ", rawToken=***]";
    }
}
