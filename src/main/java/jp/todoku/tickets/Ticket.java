package jp.todoku.tickets;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;

/**
 * A support ticket: the customer's answers, the diagnosis snapshot, status, assignee and history.
 * Changes happen only through methods named after what happens; each records a {@link TicketEvent}.
 * {@code version} guards against two staff members overwriting each other.
 */
@Entity
@Table(name = "ticket")
class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference_number", nullable = false, unique = true, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TicketStatus status;

    @Column(name = "customer_domain", nullable = false, length = TicketLimits.DOMAIN)
    private String domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(name = "since_date")
    private LocalDate since;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Symptom symptom;

    @Enumerated(EnumType.STRING)
    @Column(name = "affected_scope", nullable = false, length = 10)
    private Scope scope;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(length = TicketLimits.ADDRESS)
    private String sender;

    @Column(length = TicketLimits.ADDRESS)
    private String recipient;

    @Column(name = "error_text", length = TicketLimits.ERROR_TEXT)
    private String errorText;

    @Column(name = "customer_name", length = TicketLimits.NAME)
    private String name;

    @Column(nullable = false, length = TicketLimits.ADDRESS)
    private String contact;

    @Column(name = "customer_comment", length = TicketLimits.COMMENT)
    private String comment;

    @Column(name = "guide_answers", length = GuideAnswers.LIMIT)
    private String guideAnswers;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(length = TicketLimits.USERNAME)
    private String assignee;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "diagnosis_json", length = TicketLimits.DIAGNOSIS_JSON)
    private String diagnosisJson;

    @Column(name = "primary_reason", length = TicketLimits.REASON)
    private String primaryReason;

    @Column(name = "receiving_provider", length = TicketLimits.PROVIDER)
    private String receivingProvider;

    @Column(name = "search_text", nullable = false, length = TicketLimits.SEARCH_TEXT)
    private String searchText;

    @Column(name = "search_grams", length = SearchGrams.LIMIT)
    private String searchGrams;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<TicketEvent> events = new ArrayList<>();

    protected Ticket() {
        // for JPA
    }

    /** A new ticket in status NEW, with its CREATED event. */
    static Ticket open(TicketDraft draft, String reference, String tokenHash, Instant at) {
        Ticket ticket = new Ticket();
        ticket.reference = Objects.requireNonNull(reference);
        ticket.tokenHash = Objects.requireNonNull(tokenHash);
        ticket.status = TicketStatus.NEW;
        ticket.domain = draft.domain();
        ticket.direction = draft.direction();
        ticket.since = draft.since();
        ticket.symptom = draft.symptom();
        ticket.scope = draft.scope();
        ticket.sentAt = draft.sentAt();
        ticket.sender = draft.sender();
        ticket.recipient = draft.recipient();
        ticket.errorText = draft.errorText();
        ticket.name = draft.name();
        ticket.contact = draft.contact();
        ticket.comment = draft.comment();
        ticket.guideAnswers = GuideAnswers.format(draft.guideAnswers());
        ticket.diagnosisJson = draft.diagnosisJson();
        ticket.primaryReason = draft.primaryReason();
        ticket.receivingProvider = draft.receivingProvider();
        ticket.createdAt = at;
        ticket.updatedAt = at;
        ticket.searchText = SearchText.join(TicketLimits.SEARCH_TEXT, reference, draft.domain(), draft.sender(),
                draft.recipient(), draft.name(), draft.contact(), draft.comment(), draft.primaryReason(),
                draft.receivingProvider(), draft.errorText());
        ticket.searchGrams = SearchGrams.of(ticket.searchText);
        ticket.events.add(TicketEvent.change(ticket, TicketEventKind.CREATED, TicketEvent.CUSTOMER, at, null,
                TicketStatus.NEW.name()));
        return ticket;
    }

    /** Gives the ticket to a staff member, or takes it back ({@code null}). */
    void assign(String newAssignee, String by, Instant at) {
        String normalised = TicketLimits.optional(newAssignee, "assignee", TicketLimits.USERNAME);
        if (Objects.equals(normalised, assignee)) {
            return;
        }
        events.add(TicketEvent.change(this, TicketEventKind.ASSIGNED, by, at, assignee, normalised));
        assignee = normalised;
        touch(at);
    }

    void changeStatus(TicketStatus newStatus, String by, Instant at) {
        Objects.requireNonNull(newStatus);
        if (newStatus == status) {
            return;
        }
        events.add(TicketEvent.change(this, TicketEventKind.STATUS_CHANGED, by, at, status.name(), newStatus.name()));
        status = newStatus;
        touch(at);
    }

    /** A reply the customer will see on the status page. */
    void replyPublicly(String text, String by, Instant at) {
        addText(TicketEventKind.PUBLIC_REPLY, text, by, at);
    }

    /** A note for staff only; never shown to the customer. */
    void noteInternally(String text, String by, Instant at) {
        addText(TicketEventKind.INTERNAL_NOTE, text, by, at);
    }

    /**
     * The customer answered through the status link. A ticket waiting for the customer, or already
     * resolved, goes back to support; a closed one takes no more replies.
     */
    void customerReplied(String text, Instant at) {
        if (status.isClosed()) {
            throw new TicketClosedException(reference);
        }
        addText(TicketEventKind.CUSTOMER_REPLY, text, TicketEvent.CUSTOMER, at);
        if (status == TicketStatus.WAITING_FOR_CUSTOMER || status == TicketStatus.RESOLVED) {
            changeStatus(assignee == null ? TicketStatus.NEW : TicketStatus.IN_PROGRESS, TicketEvent.CUSTOMER, at);
        }
    }

    private void addText(TicketEventKind kind, String text, String by, Instant at) {
        TicketEvent event = TicketEvent.text(this, kind, by, at, text);
        events.add(event);
        searchText = TicketLimits.truncate(searchText + SearchText.join(TicketLimits.REPLY, event.body()),
                TicketLimits.SEARCH_TEXT);
        searchGrams = SearchGrams.of(searchText);
        touch(at);
    }

    private void touch(Instant at) {
        // Always move forward, and always change: a changed column is what makes JPA raise the version.
        updatedAt = at.isAfter(updatedAt) ? at : updatedAt.plusNanos(1000);
    }

    boolean acceptsToken(String presented) {
        return StatusToken.matches(presented, tokenHash);
    }

    String reference() {
        return reference;
    }

    String contact() {
        return contact;
    }

    long version() {
        return version;
    }

    TicketStatus status() {
        return status;
    }

    TicketView toCustomerView() {
        List<TicketEventView> replies = events.stream().filter(event -> event.kind().isVisibleToCustomer())
                .map(TicketEvent::toView).toList();
        return new TicketView(reference, status, domain, direction, since, symptom, scope, createdAt, updatedAt, replies);
    }

    TicketDetail toDetail() {
        return new TicketDetail(reference, version, status, domain, direction, since, symptom, scope, sentAt, sender,
                recipient, errorText, name, contact, comment, GuideAnswers.parse(guideAnswers), assignee, createdAt,
                updatedAt, diagnosisJson, primaryReason, receivingProvider, events.stream().map(TicketEvent::toView).toList());
    }
}
