package jp.todoku.tickets;

import java.time.Instant;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Symptom;

/** One row of the staff queue. */
public record TicketSummary(String reference, TicketStatus status, String domain, Direction direction,
                            Symptom symptom, String primaryReason, String receivingProvider, String assignee,
                            String customerName, Instant createdAt, Instant updatedAt) {
}
