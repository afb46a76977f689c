package jp.todoku.selfservice;

import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketDraft;
import jp.todoku.tickets.TicketHeaders;
import jp.todoku.tickets.TicketService;
import org.springframework.stereotype.Service;

/**
 * Opens a ticket from the form or the API: diagnoses the pasted error text and commits the ticket with
 * that snapshot. A ticket keeps the first {@value #KEPT_ERROR_TEXT} characters of the paste; the
 * snapshot is made from all of it.
 */
@Service
public class TicketIntake {

    static final int KEPT_ERROR_TEXT = 200_000;

    private final Diagnoses diagnoses;
    private final TicketService tickets;
    private final TicketHeaders ticketHeaders;

    TicketIntake(Diagnoses diagnoses, TicketService tickets, TicketHeaders ticketHeaders) {
        this.diagnoses = diagnoses;
        this.tickets = tickets;
        this.ticketHeaders = ticketHeaders;
    }

    /** As {@link #open(TicketDraft, String)}, keeping the header fields from the header page with the ticket (one transaction). */
    @org.springframework.transaction.annotation.Transactional
    public CreatedTicket open(TicketDraft draft, String errorText, String headerText) {
        CreatedTicket created = open(draft, errorText);
        ticketHeaders.attach(created.reference(), headerText);
        return created;
    }

    /** {@code errorText} is the whole paste (may be null); the draft's own error text is ignored. */
    public CreatedTicket open(TicketDraft draft, String errorText) {
        return tickets.open(diagnosed(draft, errorText));
    }

    /** The draft as {@link #open} would commit it: the paste diagnosed, its snapshot and the part a ticket keeps. */
    public TicketDraft diagnosed(TicketDraft draft, String errorText) {
        TicketDraft complete = draft;
        if (errorText != null && !errorText.isBlank()) {
            Diagnosis diagnosis = diagnoses.diagnose(errorText);
            String kept = errorText.length() > KEPT_ERROR_TEXT ? errorText.substring(0, KEPT_ERROR_TEXT) : errorText;
            complete = draft.withMessage(draft.sentAt(), draft.sender(), draft.recipient(), kept)
                    .withDiagnosis(diagnoses.snapshotJson(diagnosis), Diagnoses.primaryReason(diagnosis).orElse(null),
                            Diagnoses.provider(diagnosis).orElse(null));
        }
        return complete;
    }
}
