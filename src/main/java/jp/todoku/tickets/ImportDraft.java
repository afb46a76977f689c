package jp.todoku.tickets;

import java.time.Instant;
import java.util.Objects;

/**
 * One ticket from an old help desk: the draft (already diagnosed), the old system's number if it had one,
 * the key that makes a second import of the same line a duplicate, and the old ticket's state.
 */
public record ImportDraft(TicketDraft draft, String externalReference, String importKey, Instant createdAt,
                          TicketStatus status, String assignee) {

    public static final int EXTERNAL_REFERENCE = 100;
    public static final int IMPORT_KEY = 120;

    public ImportDraft {
        Objects.requireNonNull(draft);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(status);
        externalReference = TicketLimits.optional(externalReference, "reference", EXTERNAL_REFERENCE);
        importKey = TicketLimits.require(importKey, "importKey", IMPORT_KEY);
        assignee = TicketLimits.optional(assignee, "assignee", TicketLimits.USERNAME);
    }
}
