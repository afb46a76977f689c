package jp.todoku.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import jp.todoku.tickets.TicketQuery;
import jp.todoku.tickets.TicketStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The queue's filters exactly as they travel in the URL (GET parameters, so a view can be
 * bookmarked and shared). Unknown or malformed values are dropped rather than refused: a stale
 * bookmark still opens the queue.
 */
record QueueFilter(String status, String reason, String domain, String provider, String assignee, String view,
                   String from, String to, String q, String sort, String direction, Integer page) {

    static final String MINE = "mine";
    static final String UNASSIGNED = "unassigned";
    static final int PAGE_SIZE = 25;
    /** Days are Japan days, as the customers and staff count them. */
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final Set<String> SORTS = Set.of("createdAt", "updatedAt", "status", "reference", "domain",
            "assignee", "primaryReason", "receivingProvider");

    QueueFilter {
        status = findStatus(status).map(Enum::name).orElse(null);
        reason = trim(reason, 40);
        domain = trim(domain, 253);
        provider = trim(provider, 100);
        assignee = trim(assignee, 100);
        view = MINE.equals(view) || UNASSIGNED.equals(view) ? view : null;
        from = findDate(from).map(LocalDate::toString).orElse(null);
        to = findDate(to).map(LocalDate::toString).orElse(null);
        q = trim(q, 200);
        sort = sort != null && SORTS.contains(sort) ? sort : "createdAt";
        direction = "asc".equals(direction) ? "asc" : "desc";
        page = page == null ? 0 : Math.max(0, Math.min(page, 100_000));
    }

    static QueueFilter empty() {
        return new QueueFilter(null, null, null, null, null, null, null, null, null, null, null, 0);
    }

    /** The service query; "mine" needs to know who is asking. */
    TicketQuery toQuery(String currentUser) {
        TicketQuery query = TicketQuery.all().withReason(reason).withDomain(domain).withProvider(provider).withText(q);
        if (status != null) {
            query = query.withStatuses(Set.of(TicketStatus.valueOf(status)));
        }
        if (MINE.equals(view)) {
            query = query.withAssignee(currentUser);
        } else if (UNASSIGNED.equals(view)) {
            query = query.unassigned();
        } else if (assignee != null) {
            query = query.withAssignee(assignee);
        }
        if (from != null || to != null) {
            query = query.createdBetween(
                    from == null ? null : LocalDate.parse(from).atStartOfDay(ZONE).toInstant(),
                    to == null ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        return query;
    }

    Pageable pageable() {
        return pageable(page, PAGE_SIZE);
    }

    Pageable pageable(int pageNumber, int size) {
        return PageRequest.of(pageNumber, size, Sort.by(Sort.Direction.fromString(direction), sort));
    }

    public QueueFilter withPage(int newPage) {
        return new QueueFilter(status, reason, domain, provider, assignee, view, from, to, q, sort, direction, newPage);
    }

    public QueueFilter withStatus(String newStatus) {
        return new QueueFilter(newStatus, reason, domain, provider, assignee, view, from, to, q, sort, direction, 0);
    }

    public QueueFilter withView(String newView) {
        return new QueueFilter(status, reason, domain, provider, assignee, newView, from, to, q, sort, direction, 0);
    }

    /** Sorting by a column: the same column again flips the direction. */
    public QueueFilter sortedBy(String column) {
        String newDirection = column.equals(sort) && "desc".equals(direction) ? "asc" : "desc";
        return new QueueFilter(status, reason, domain, provider, assignee, view, from, to, q, column, newDirection, 0);
    }

    /** This filter as a query string ("?status=NEW&q=..."), encoded, without empty parameters. */
    public String queryString() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "status", status);
        add(query, "view", view);
        add(query, "reason", reason);
        add(query, "domain", domain);
        add(query, "provider", provider);
        add(query, "assignee", assignee);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "q", q);
        if (!"createdAt".equals(sort) || !"desc".equals(direction)) {
            add(query, "sort", sort);
            add(query, "direction", direction);
        }
        if (page > 0) {
            add(query, "page", Integer.toString(page));
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Optional<TicketStatus> findStatus(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TicketStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> findDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Stripped and cut to {@code limit} characters, stripped again after the cut and never between the two
     * halves of a surrogate pair, so the filter's own query string reads back as the same filter (issue 16:
     * the fuzzer found a value cut just before a run of line breaks).
     */
    private static String trim(String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() <= limit) {
            return stripped;
        }
        int end = Character.isHighSurrogate(stripped.charAt(limit - 1)) ? limit - 1 : limit;
        return stripped.substring(0, end).strip();
    }
}
