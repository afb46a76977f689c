package jp.todoku.tickets;

import java.time.Instant;

/**
 * Published inside the transaction of a change the customer or staff may want to hear about: a public
 * reply, a customer reply, a status change ({@code status} is the new one). Listeners that write rows
 * join the same commit, so the news and the change are kept or lost together.
 */
public record TicketActivity(String reference, String contact, TicketEventKind kind, TicketStatus status, String text,
                             Instant at) {
}
