package jp.todoku.tickets;

import java.time.Instant;
import java.util.Objects;

/**
 * One ticket from an old help desk: the draft (already diagnosed), the old system's number if it had one,
 * the key that makes a second import of the same line a duplicate, and the old ticket's state. The search
 * text and pieces of everything but the reference Todoku gives it on writing ({@code searchBody},
 * {@code bodyGrams}) are made with the draft, on the import's workers, so the writer only prefixes the reference.
 */
public record ImportDraft(TicketDraft draft, String externalReference, String importKey, Instant createdAt,
                          TicketStatus status, String assignee, String searchBody, String bodyGrams) {

    public static final int EXTERNAL_REFERENCE = 100;
    public static final int IMPORT_KEY = 120;

    public ImportDraft {
        Objects.requireNonNull(draft);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(status);
        externalReference = reference(externalReference);
        importKey = key(importKey);
        assignee = assignee(assignee);
        Objects.requireNonNull(searchBody);
        Objects.requireNonNull(bodyGrams);
    }

    /** The checks of the constructor on the import's own fields, before the paste is diagnosed. */
    public static void check(String externalReference, String importKey, String assignee) {
        reference(externalReference);
        key(importKey);
        assignee(assignee);
    }

    private static String reference(String externalReference) {
        return TicketLimits.optional(externalReference, "reference", EXTERNAL_REFERENCE);
    }

    private static String key(String importKey) {
        return TicketLimits.require(importKey, "importKey", IMPORT_KEY);
    }

    private static String assignee(String assignee) {
        return TicketLimits.optional(assignee, "assignee", TicketLimits.USERNAME);
    }

    public ImportDraft(TicketDraft draft, String externalReference, String importKey, Instant createdAt,
                       TicketStatus status, String assignee) {
        this(draft, externalReference, importKey, createdAt, status, assignee, body(draft, externalReference));
    }

    private ImportDraft(TicketDraft draft, String externalReference, String importKey, Instant createdAt,
                        TicketStatus status, String assignee, String searchBody) {
        this(draft, externalReference, importKey, createdAt, status, assignee, searchBody, SearchGrams.of(searchBody));
    }

    /** The search text as {@link Ticket#open} writes it, less the reference line in front (not truncated yet). */
    private static String body(TicketDraft draft, String externalReference) {
        return SearchText.join(Integer.MAX_VALUE, reference(externalReference),
                draft.domain(), draft.sender(), draft.recipient(), draft.name(), draft.contact(), draft.comment(),
                draft.primaryReason(), draft.receivingProvider(), draft.errorText());
    }

    /** The ticket's search text once Todoku's reference is known: the same as {@link SearchText#join} of all parts. */
    String searchText(String reference) {
        return TicketLimits.truncate(SearchText.normalise(reference) + "\n" + searchBody, TicketLimits.SEARCH_TEXT);
    }

    /** The pieces of {@link #searchText}, the same as {@link SearchGrams#of} of it, mostly without reading the text again. */
    String searchGrams(String reference, String searchText) {
        String head = SearchText.normalise(reference) + "\n";
        if (head.length() + searchBody.length() > TicketLimits.SEARCH_TEXT
                || head.length() + bodyGrams.length() + 1 >= SearchGrams.LIMIT) {
            return SearchGrams.of(searchText); // cut somewhere: work it out from the text as it is stored
        }
        return SearchGrams.prefixed(SearchGrams.of(head), bodyGrams);
    }
}
