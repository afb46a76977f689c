package jp.todoku.mail;

import java.time.Instant;
import jp.todoku.diagnosis.Language;

/** One outbox row as the sender and the staff console read it. */
record OutboxRow(long id, OutboxKind kind, String ticketReference, String recipient, Language language,
                 String ticketStatus, String bodyText, String answeredSubject, String answeredId, String linkPath,
                 String messageId, OutboxState state, int attempts, Instant nextAttemptAt, String lastError,
                 String bounceReason, Instant createdAt, Instant sentAt) {
}
