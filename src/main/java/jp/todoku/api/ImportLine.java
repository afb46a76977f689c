package jp.todoku.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.tickets.TicketStatus;
import tools.jackson.databind.JsonNode;

/**
 * The fields an import line may carry beyond the body of {@code POST /api/v1/tickets}: the old system's
 * number, when the ticket came in, its state and who had it. Each getter returns empty when absent and
 * throws {@link IllegalArgumentException} with a message key when present but unusable.
 */
record ImportLine(long number, String text, JsonNode json) {

    Optional<String> reference() {
        return text("reference");
    }

    Optional<String> assignee() {
        return text("assignee");
    }

    Optional<Instant> createdAt() {
        return text("createdAt").map(value -> {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException malformed) {
                throw new IllegalArgumentException("import.line.created-at");
            }
        });
    }

    Optional<TicketStatus> status() {
        return text("status").map(value -> {
            try {
                return TicketStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("import.line.status");
            }
        });
    }

    /** What makes a second import of this ticket a duplicate: its old number, else the line's own content. */
    String importKey() {
        return reference().map(reference -> "reference:" + reference).orElseGet(() -> "sha256:" + sha256(text.strip()));
    }

    private Optional<String> text(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("import.line.not-text");
        }
        String text = value.asString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
