package jp.todoku.tickets;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The staff queue's filters; empty means "any". {@code unassignedOnly} keeps tickets nobody has taken
 * (and then {@code assignee} must be empty); the date range is half-open on {@code createdAt}.
 */
public record TicketQuery(Set<TicketStatus> statuses, Optional<String> reason, Optional<String> domain,
                          Optional<String> provider, Optional<String> assignee, boolean unassignedOnly,
                          Optional<Instant> createdFrom, Optional<Instant> createdBefore, Optional<String> text) {

    public TicketQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        reason = blankToEmpty(reason);
        domain = blankToEmpty(domain);
        provider = blankToEmpty(provider);
        assignee = blankToEmpty(assignee);
        createdFrom = createdFrom == null ? Optional.empty() : createdFrom;
        createdBefore = createdBefore == null ? Optional.empty() : createdBefore;
        text = blankToEmpty(text).map(value -> value.length() > 200 ? value.substring(0, 200) : value);
        if (unassignedOnly && assignee.isPresent()) {
            throw new IllegalArgumentException("a query is either for one assignee or for unassigned tickets");
        }
    }

    public static TicketQuery all() {
        return new TicketQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public TicketQuery withStatuses(Set<TicketStatus> newStatuses) {
        return new TicketQuery(newStatuses, reason, domain, provider, assignee, unassignedOnly, createdFrom,
                createdBefore, text);
    }

    public TicketQuery withReason(String newReason) {
        return new TicketQuery(statuses, Optional.ofNullable(newReason), domain, provider, assignee, unassignedOnly,
                createdFrom, createdBefore, text);
    }

    public TicketQuery withDomain(String newDomain) {
        return new TicketQuery(statuses, reason, Optional.ofNullable(newDomain), provider, assignee, unassignedOnly,
                createdFrom, createdBefore, text);
    }

    public TicketQuery withProvider(String newProvider) {
        return new TicketQuery(statuses, reason, domain, Optional.ofNullable(newProvider), assignee, unassignedOnly,
                createdFrom, createdBefore, text);
    }

    /** Tickets of this staff member ("mine"). */
    public TicketQuery withAssignee(String newAssignee) {
        return new TicketQuery(statuses, reason, domain, provider, Optional.ofNullable(newAssignee), false,
                createdFrom, createdBefore, text);
    }

    /** Tickets nobody has taken yet. */
    public TicketQuery unassigned() {
        return new TicketQuery(statuses, reason, domain, provider, Optional.empty(), true, createdFrom, createdBefore,
                text);
    }

    public TicketQuery createdBetween(Instant from, Instant before) {
        return new TicketQuery(statuses, reason, domain, provider, assignee, unassignedOnly, Optional.ofNullable(from),
                Optional.ofNullable(before), text);
    }

    public TicketQuery withText(String newText) {
        return new TicketQuery(statuses, reason, domain, provider, assignee, unassignedOnly, createdFrom,
                createdBefore, Optional.ofNullable(newText));
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(stripped -> !stripped.isEmpty());
    }
}
