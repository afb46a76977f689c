package jp.todoku.tickets;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets feature's front door: open a ticket, let the customer read and answer it with the
 * status token, and let staff assign, change status, reply and note, each against the version they
 * saw so a concurrent change is reported ({@link TicketConflictException}) instead of overwritten.
 * Only records leave this class.
 */
@Service
@Transactional
public class TicketService {

    /** Reference years follow the calendar in Japan, where the customers are. */
    private static final ZoneId REFERENCE_ZONE = ZoneId.of("Asia/Tokyo");
    private static final Pattern REFERENCE = Pattern.compile("TD-\\d{4}-\\d{6,12}");
    private static final Pattern KNOWLEDGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private final TicketRepository tickets;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TicketFinder finder;
    private final SecureRandom random = new SecureRandom();
    private final ApplicationEventPublisher events;

    TicketService(TicketRepository tickets, EntityManager entityManager, ObjectProvider<Clock> clock,
                  ApplicationEventPublisher events) {
        this.tickets = tickets;
        this.entityManager = entityManager;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.finder = new TicketFinder(entityManager);
        this.events = events;
    }

    /** Commits a new ticket and returns its reference and the raw status token (shown once, stored as a hash). */
    public CreatedTicket open(TicketDraft draft) {
        Instant now = clock.instant();
        String reference = String.format("TD-%d-%06d", now.atZone(REFERENCE_ZONE).getYear(), tickets.nextReferenceNumber());
        StatusToken.Issued token = StatusToken.issue(random);
        tickets.saveAndFlush(Ticket.open(draft, reference, token.hash(), now));
        events.publishEvent(new TicketOpened(reference, draft.contact(), token.raw(), now));
        return new CreatedTicket(reference, token.raw());
    }

    /** The customer's view, only with the right token; wrong reference or token look the same: empty. */
    @Transactional(readOnly = true)
    public Optional<TicketView> findForCustomer(String reference, String token) {
        return findWithToken(reference, token).map(Ticket::toCustomerView);
    }

    /** The customer answers through the status link; empty when reference or token are wrong. */
    public Optional<TicketView> addCustomerReply(String reference, String token, String text) {
        Optional<Ticket> ticket = findWithToken(reference, token);
        ticket.ifPresent(found -> replyAsCustomer(found, text));
        return ticket.map(Ticket::toCustomerView);
    }

    /**
     * The customer answered by mail with the ticket's reference; accepted only from the ticket's own
     * contact address (compared without case). Empty when the reference is unknown or the sender differs.
     */
    public Optional<TicketView> addCustomerReplyByMail(String reference, String from, String text) {
        Optional<Ticket> ticket = findByReference(reference)
                .filter(found -> from != null && found.contact().equalsIgnoreCase(from.strip()));
        ticket.ifPresent(found -> replyAsCustomer(found, text));
        return ticket.map(Ticket::toCustomerView);
    }

    private void replyAsCustomer(Ticket ticket, String text) {
        Instant at = clock.instant();
        ticket.customerReplied(text, at);
        flush(ticket, ticket.version());
        events.publishEvent(new TicketActivity(ticket.reference(), ticket.contact(), TicketEventKind.CUSTOMER_REPLY,
                ticket.status(), text, at));
    }

    @Transactional(readOnly = true)
    public Optional<TicketDetail> findForStaff(String reference) {
        return findByReference(reference).map(Ticket::toDetail);
    }

    /** Every event of the ticket, internal notes included, oldest first. */
    @Transactional(readOnly = true)
    public List<TicketEventView> history(String reference) {
        return requireTicket(reference).toDetail().history();
    }

    public TicketDetail assign(String reference, long expectedVersion, String assignee, String by) {
        return change(reference, expectedVersion, ticket -> ticket.assign(assignee, by, clock.instant()));
    }

    public TicketDetail changeStatus(String reference, long expectedVersion, TicketStatus status, String by) {
        TicketStatus before = requireTicket(reference).status();
        TicketDetail changed = change(reference, expectedVersion, ticket -> ticket.changeStatus(status, by, clock.instant()));
        if (changed.status() != before) {
            publish(changed, TicketEventKind.STATUS_CHANGED, null);
        }
        return changed;
    }

    public TicketDetail addPublicReply(String reference, long expectedVersion, String text, String by) {
        TicketDetail changed = change(reference, expectedVersion, ticket -> ticket.replyPublicly(text, by, clock.instant()));
        publish(changed, TicketEventKind.PUBLIC_REPLY, text);
        return changed;
    }

    public TicketDetail addInternalNote(String reference, long expectedVersion, String text, String by) {
        return change(reference, expectedVersion, ticket -> ticket.noteInternally(text, by, clock.instant()));
    }

    /** One page of the queue, newest first unless the pageable sorts by another summary column. */
    @Transactional(readOnly = true)
    public Page<TicketSummary> queue(TicketQuery query, Pageable pageable) {
        return finder.queue(query, pageable).page();
    }

    /** One page of the queue and its tab counts (which ignore the query's statuses), counted once for both. */
    @Transactional(readOnly = true)
    public QueuePage queueWithCounts(TicketQuery query, Pageable pageable) {
        return finder.queue(query, pageable);
    }

    /** How many tickets each status holds under the other filters of the query (for the queue's tabs). */
    @Transactional(readOnly = true)
    public Map<TicketStatus, Long> countsByStatus(TicketQuery query) {
        return finder.counts(query).asNumbers();
    }

    /** The newest tickets (at most {@code limit}) whose diagnosis snapshot names this knowledge entry. */
    @Transactional(readOnly = true)
    public List<TicketSummary> findMentioningKnowledgeEntry(String entryId, int limit) {
        if (entryId == null || !KNOWLEDGE_ID.matcher(entryId).matches() || limit < 1) {
            return List.of();
        }
        return TicketQueue.mentioning(entityManager, entryId, Math.min(limit, 500));
    }

    private void publish(TicketDetail ticket, TicketEventKind kind, String text) {
        events.publishEvent(new TicketActivity(ticket.reference(), ticket.contact(), kind, ticket.status(), text,
                ticket.updatedAt()));
    }

    private TicketDetail change(String reference, long expectedVersion, Consumer<Ticket> change) {
        Ticket ticket = requireTicket(reference);
        if (ticket.version() != expectedVersion) {
            throw new TicketConflictException(reference, expectedVersion, ticket.version());
        }
        change.accept(ticket);
        flush(ticket, expectedVersion);
        return ticket.toDetail();
    }

    // Flush inside the method so a concurrent commit surfaces here as our exception, not at commit time.
    private void flush(Ticket ticket, long expectedVersion) {
        try {
            tickets.saveAndFlush(ticket);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new TicketConflictException(ticket.reference(), expectedVersion, null);
        }
    }

    private Optional<Ticket> findWithToken(String reference, String token) {
        Optional<Ticket> ticket = findByReference(reference);
        // Compare even when there is no ticket, so timing does not tell which references exist.
        boolean accepted = ticket.map(found -> found.acceptsToken(token)).orElseGet(() -> {
            StatusToken.matches(token, "");
            return false;
        });
        return accepted ? ticket : Optional.empty();
    }

    private Optional<Ticket> findByReference(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        return tickets.findByReference(reference);
    }

    private Ticket requireTicket(String reference) {
        return findByReference(reference).orElseThrow(() -> new TicketNotFoundException(reference));
    }
}
