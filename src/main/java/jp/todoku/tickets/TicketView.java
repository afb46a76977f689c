package jp.todoku.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;

/**
 * What the customer sees through the status link: the status, the main answers, and the replies
 * (support's public replies and the customer's own). Internal notes are never part of it.
 */
public record TicketView(String reference, TicketStatus status, String domain, Direction direction, LocalDate since,
                         Symptom symptom, Scope scope, Instant createdAt, Instant updatedAt,
                         List<TicketEventView> replies) {

    public TicketView {
        replies = List.copyOf(replies);
    }
}
