package jp.todoku.tickets;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The staff queue's filters; empty means "any". {@code assignee} is a user name, or
 * {@link #UNASSIGNED} for tickets nobody has taken; the date range is half-open on {@code createdAt}.
 */
public record TicketQuery(Set<TicketStatus> statuses, Optional<String> reason, Optional<String> domain,
                          Optional<String> provider, Optional<String> assignee, Optional<Instant> createdFrom,
                          Optional<Instant> createdBefore, Optional<String> text) {

    public static final String UNASSIGNED = "\u0000unassigned";

    public TicketQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        reason = blankToEmpty(reason);
        domain = blankToEmpty(domain);
        provider = blankToEmpty(provider);
        assignee = blankToEmpty(assignee);
        createdFrom = createdFrom == null ? Optional.empty() : createdFrom;
        createdBefore = createdBefore == null ? Optional.empty() : createdBefore;
        text = blankToEmpty(text).map(value -> value.length() > 200 ? value.substring(0, 200) : value);
    }

    public static TicketQuery all() {
        return new TicketQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public TicketQuery withStatuses(Set<TicketStatus> newStatuses) {
        return new TicketQuery(newStatuses, reason, domain, provider, assignee, createdFrom, createdBefore, text);
    }

    public TicketQuery withReason(String newReason) {
        return new TicketQuery(statuses, Optional.ofNullable(newReason), domain, provider, assignee, createdFrom,
                createdBefore, text);
    }

    public TicketQuery withDomain(String newDomain) {
        return new TicketQuery(statuses, reason, Optional.ofNullable(newDomain), provider, assignee, createdFrom,
                createdBefore, text);
    }

    public TicketQuery withProvider(String newProvider) {
        return new TicketQuery(statuses, reason, domain, Optional.ofNullable(newProvider), assignee, createdFrom,
                createdBefore, text);
    }

    public TicketQuery withAssignee(String newAssignee) {
        return new TicketQuery(statuses, reason, domain, provider, Optional.ofNullable(newAssignee), createdFrom,
                createdBefore, text);
    }

    public TicketQuery unassigned() {
        return withAssignee(UNASSIGNED);
    }

    public TicketQuery createdBetween(Instant from, Instant before) {
        return new TicketQuery(statuses, reason, domain, provider, assignee, Optional.ofNullable(from),
                Optional.ofNullable(before), text);
    }

    public TicketQuery withText(String newText) {
        return new TicketQuery(statuses, reason, domain, provider, assignee, createdFrom, createdBefore,
                Optional.ofNullable(newText));
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(stripped -> !stripped.isEmpty());
    }
}
