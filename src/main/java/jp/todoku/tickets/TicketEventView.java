package jp.todoku.tickets;

import java.time.Instant;

/** One history entry as pages and the API see it. {@code text} is for replies and notes, the values for changes. */
public record TicketEventView(TicketEventKind kind, String author, Instant at, String text, String oldValue,
                              String newValue) {
}
