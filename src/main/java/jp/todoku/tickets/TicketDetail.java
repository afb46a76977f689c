package jp.todoku.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;

/**
 * Everything staff see on one ticket, including the version to send back with a change so a
 * concurrent edit is detected, and the full history with internal notes.
 */
public record TicketDetail(String reference, long version, TicketStatus status, String domain, Direction direction,
                           LocalDate since, Symptom symptom, Scope scope, Instant sentAt, String sender,
                           String recipient, String errorText, String customerName, String contact, String comment,
                           Map<String, String> guideAnswers, String assignee, Instant createdAt, Instant updatedAt,
                           String diagnosisJson, String primaryReason, String receivingProvider,
                           List<TicketEventView> history) {

    public TicketDetail {
        history = List.copyOf(history);
        guideAnswers = guideAnswers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(guideAnswers));
    }
}
