package jp.todoku.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.tickets.TicketDraft;

/**
 * {@code POST /api/v1/tickets}: the ticket form's fields by the names the issue gives. {@code sentAt} is
 * an ISO-8601 instant ({@code 2026-11-20T09:30:00+09:00}); {@code guideAnswers} optional question=value pairs.
 */
record TicketRequest(
        @NotBlank(message = "{api.error.required}") @Size(max = 253, message = "{api.error.length}")
        @Pattern(regexp = "^$|^[A-Za-z0-9\\p{L}-]+(\\.[A-Za-z0-9\\p{L}-]+)+\\.?$", message = "{api.error.domain}")
        String domain,
        @NotNull(message = "{api.error.required}") Direction direction,
        @PastOrPresent(message = "{api.error.future}") LocalDate since,
        @NotNull(message = "{api.error.required}") Symptom symptom,
        @NotNull(message = "{api.error.required}") Scope scope,
        @PastOrPresent(message = "{api.error.future}") Instant sentAt,
        @Email(message = "{api.error.address}") @Size(max = 320, message = "{api.error.length}") String sender,
        @Email(message = "{api.error.address}") @Size(max = 320, message = "{api.error.length}") String recipient,
        String errorText,
        @Size(max = 100, message = "{api.error.length}") String name,
        @NotBlank(message = "{api.error.required}") @Email(message = "{api.error.address}")
        @Size(max = 320, message = "{api.error.length}") String contact,
        @Size(max = 10_000, message = "{api.error.length}") String comment,
        Map<String, String> guideAnswers) {

    /** The ticket draft, before the paste is diagnosed; a trailing dot of the domain is dropped. */
    TicketDraft toDraft() {
        String stripped = domain.strip();
        return new TicketDraft(stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped,
                direction, since, symptom, scope, sentAt, sender, recipient, null, name, contact, comment,
                guideAnswers == null ? Map.of() : guideAnswers, null, null, null);
    }
}
