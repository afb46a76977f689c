package jp.todoku.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a ticket's history: who did what, when. Created only by {@link Ticket}; never changed. */
@Entity
@Table(name = "ticket_event")
class TicketEvent {

    /** The author of what the customer does through the status link. */
    public static final String CUSTOMER = "customer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TicketEventKind kind;

    @Column(nullable = false, length = TicketLimits.USERNAME)
    private String author;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = TicketLimits.REPLY)
    private String body;

    @Column(name = "old_value", length = TicketLimits.EVENT_VALUE)
    private String oldValue;

    @Column(name = "new_value", length = TicketLimits.EVENT_VALUE)
    private String newValue;

    protected TicketEvent() {
        // for JPA
    }

    private TicketEvent(Ticket ticket, TicketEventKind kind, String author, Instant occurredAt, String body,
                        String oldValue, String newValue) {
        this.ticket = ticket;
        this.kind = kind;
        this.author = TicketLimits.require(author, "author", TicketLimits.USERNAME);
        this.occurredAt = occurredAt;
        this.body = body;
        this.oldValue = TicketLimits.truncate(oldValue, TicketLimits.EVENT_VALUE);
        this.newValue = TicketLimits.truncate(newValue, TicketLimits.EVENT_VALUE);
    }

    static TicketEvent text(Ticket ticket, TicketEventKind kind, String author, Instant at, String body) {
        return new TicketEvent(ticket, kind, author, at, TicketLimits.require(body, "text", TicketLimits.REPLY), null, null);
    }

    static TicketEvent change(Ticket ticket, TicketEventKind kind, String author, Instant at, String oldValue,
                              String newValue) {
        return new TicketEvent(ticket, kind, author, at, null, oldValue, newValue);
    }

    TicketEventView toView() {
        return new TicketEventView(kind, author, occurredAt, body, oldValue, newValue);
    }

    TicketEventKind kind() {
        return kind;
    }

    String body() {
        return body;
    }
}
