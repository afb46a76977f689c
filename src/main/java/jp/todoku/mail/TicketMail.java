package jp.todoku.mail;

import java.util.List;
import java.util.Optional;
import jp.todoku.tickets.TicketService;
import org.springframework.stereotype.Component;

/**
 * What the staff ticket page shows about mail (templates/mail/ticket-panel.html, used as
 * {@code ${@ticketMail.panel(reference)}}): whether mail is on, whether the contact is known dead and
 * why, and every outbox row of the ticket with its state and last error.
 */
@Component("ticketMail")
public class TicketMail {

    /** The panel's content; rows are records, never entities. */
    public record Panel(boolean mailOn, boolean linksReady, boolean contactDead, String deadReason, String deadDetail,
                        List<Line> lines) {
    }

    /** One mail about the ticket. */
    public record Line(String createdAt, String kindKey, String recipient, String stateKey, int attempts,
                       String error, boolean failed) {
    }

    private final Outbox outbox;
    private final Contacts contacts;
    private final MailSwitch mail;
    private final TicketService tickets;

    TicketMail(Outbox outbox, Contacts contacts, MailSwitch mail, TicketService tickets) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.mail = mail;
        this.tickets = tickets;
    }

    public Panel panel(String reference) {
        Optional<Contacts.DeadContact> dead = tickets.findForStaff(reference)
                .flatMap(ticket -> contacts.findDead(ticket.contact()));
        List<Line> lines = outbox.forTicket(reference).stream().map(row -> new Line(
                Times.format(row.createdAt()), "mail.kind." + row.kind().name(), row.recipient(),
                row.state().labelKey(), row.attempts(), row.lastError() != null ? row.lastError() : row.bounceReason(),
                row.state() == OutboxState.FAILED || row.state() == OutboxState.BOUNCED
                        || row.state() == OutboxState.SUPPRESSED)).toList();
        return new Panel(mail.isOn(), mail.canMakeStatusLinks(), dead.isPresent(),
                dead.map(Contacts.DeadContact::reason).orElse(null), dead.map(Contacts.DeadContact::detail).orElse(""), lines);
    }
}
