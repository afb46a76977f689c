package jp.todoku.tickets;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Symptom;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The queue at a million tickets (issue 15), in SQL on the caller's transaction: the ids of one page
 * first, from an index alone, then those rows (so page 2,000 skips 50,000 index entries, not 50,000
 * rows of 3 KB); tab counts in one statement that stops counting at a cap instead of scanning; exact
 * reference or address matches on top of the first page of a search.
 */
final class TicketFinder {

    /** Tabs above this show "10,000+": past it an exact number costs a scan of the status's index. */
    static final int COUNT_CAP = 10_000;
    /** A search counts at most this many matches; each is checked against its text. */
    static final int SEARCH_COUNT_CAP = 1_000;
    static final int EXACT_ON_TOP = 5;

    private final EntityManager entityManager;
    private volatile TicketDatabase database;

    TicketFinder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    QueuePage queue(TicketQuery query, Pageable pageable) {
        return work(connection -> {
            StatusCounts counts = counts(connection, query);
            TabCount total = counts.total(query.statuses());
            return new QueuePage(rows(connection, query, pageable, total), counts, total);
        });
    }

    StatusCounts counts(TicketQuery query) {
        return work(connection -> counts(connection, query));
    }

    private Page<TicketSummary> rows(Connection connection, TicketQuery query, Pageable pageable, TabCount total)
            throws SQLException {
        if (pageable.isUnpaged()) {
            QueueSql where = QueueSql.of(query, database, true);
            List<TicketSummary> all = select(connection, "SELECT " + QueueSql.SUMMARY_COLUMNS + " FROM ticket t WHERE "
                    + where.where() + QueueSql.orderBy(pageable.getSort()), where.parameters());
            return new PageImpl<>(all, pageable, all.size());
        }
        // A search whose matches were all counted (at most SEARCH_COUNT_CAP) has few: read them all from the index.
        boolean fewMatches = query.text().isPresent() && !total.atLeast();
        QueueSql statement = pageStatement(query, pageable, database, fewMatches);
        List<TicketSummary> rows = select(connection, statement.where(), statement.parameters());
        long seen = pageable.getOffset() + rows.size();
        List<TicketSummary> page = new ArrayList<>(rows.subList(0, Math.min(rows.size(), pageable.getPageSize())));
        if (pageable.getPageNumber() == 0 && query.text().isPresent()) {
            page = exactFirst(connection, query, page);
        }
        return new PageImpl<>(page, pageable, Math.max(total.count(), seen));
    }

    /**
     * The page's statement: the ids from an index (one more than the page tells whether there is a next
     * page when the total is only a lower bound), then their rows. {@link QueueSql#where} holds the whole SQL.
     */
    static QueueSql pageStatement(TicketQuery query, Pageable pageable, TicketDatabase database) {
        return pageStatement(query, pageable, database, false);
    }

    /**
     * With {@code fewMatches} (a search that matched at most {@link #SEARCH_COUNT_CAP} tickets) the matches are
     * found first and only then ordered: OFFSET 0 keeps the planner from walking the created_at index newest
     * first in the hope of finding a page of them soon, which for a rare word reads every ticket (8 s at a million).
     */
    static QueueSql pageStatement(TicketQuery query, Pageable pageable, TicketDatabase database, boolean fewMatches) {
        // H2: through ticket_gram only for a search with few matches; a common term's page comes sooner newest first.
        QueueSql where = QueueSql.of(query, database, true, fewMatches);
        String order = QueueSql.orderBy(pageable.getSort());
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(pageable.getPageSize() + 1);
        parameters.add(pageable.getOffset());
        String source = fewMatches ? "(SELECT " + QueueSql.SORT_COLUMNS + " FROM ticket t WHERE " + where.where()
                + " OFFSET 0) t" : "ticket t WHERE " + where.where();
        return new QueueSql("SELECT " + QueueSql.SUMMARY_COLUMNS + " FROM ticket t JOIN (SELECT t.id FROM " + source
                + order + " LIMIT ? OFFSET ?) p ON p.id = t.id" + order, parameters);
    }

    /** The tab counts' statement (whole SQL in {@link QueueSql#where}); a search's counts group one capped pass. */
    static QueueSql countStatement(TicketQuery query, TicketDatabase database) {
        QueueSql where = QueueSql.of(query, database, false);
        List<Object> parameters = new ArrayList<>();
        if (query.text().isPresent()) {
            parameters.addAll(where.parameters());
            parameters.add(SEARCH_COUNT_CAP + 1);
            return new QueueSql("SELECT c.status, COUNT(*) FROM (SELECT t.status FROM ticket t WHERE " + where.where()
                    + " LIMIT ?) c GROUP BY c.status", parameters);
        }
        List<String> selects = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            selects.add("(SELECT COUNT(*) FROM (SELECT 1 AS one FROM ticket t WHERE t.status = ? AND " + where.where()
                    + " LIMIT ?) c)");
            parameters.add(status.name());
            parameters.addAll(where.parameters());
            parameters.add(COUNT_CAP + 1);
        }
        return new QueueSql("SELECT " + String.join(", ", selects), parameters);
    }

    /** The first page of a search, with tickets whose reference or address is exactly the term on top. */
    private List<TicketSummary> exactFirst(Connection connection, TicketQuery query, List<TicketSummary> page)
            throws SQLException {
        SearchTerm term = SearchTerm.of(query.text().orElseThrow());
        if (!term.mayBeExact()) {
            return page;
        }
        QueueSql where = QueueSql.of(query.withText(null), database, true).and(QueueSql.exactly(term));
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(EXACT_ON_TOP);
        List<TicketSummary> exact = select(connection, "SELECT " + QueueSql.SUMMARY_COLUMNS + " FROM ticket t WHERE "
                + where.where() + " ORDER BY t.created_at DESC, t.id DESC LIMIT ?", parameters);
        if (exact.isEmpty()) {
            return page;
        }
        Set<String> onTop = new HashSet<>();
        exact.forEach(ticket -> onTop.add(ticket.reference()));
        List<TicketSummary> combined = new ArrayList<>(exact);
        page.stream().filter(ticket -> !onTop.contains(ticket.reference())).forEach(combined::add);
        return combined;
    }

    private StatusCounts counts(Connection connection, TicketQuery query) throws SQLException {
        QueueSql statement = countStatement(query, database);
        return query.text().isPresent() ? searchCounts(connection, statement) : cappedCounts(connection, statement);
    }

    /** Per status, at most {@link #COUNT_CAP} + 1 entries of the (status, created_at, id) index each. */
    private static StatusCounts cappedCounts(Connection connection, QueueSql statement) throws SQLException {
        TicketStatus[] statuses = TicketStatus.values();
        Map<TicketStatus, TabCount> counts = new EnumMap<>(TicketStatus.class);
        try (PreparedStatement prepared = prepare(connection, statement.where(), statement.parameters());
             ResultSet result = prepared.executeQuery()) {
            result.next();
            for (int index = 0; index < statuses.length; index++) {
                long count = result.getLong(index + 1);
                counts.put(statuses[index], count > COUNT_CAP ? new TabCount(COUNT_CAP, true) : new TabCount(count, false));
            }
        }
        return new StatusCounts(counts);
    }

    /** A search counts its first {@link #SEARCH_COUNT_CAP} + 1 matches in one pass; past that every tab is "n+". */
    private static StatusCounts searchCounts(Connection connection, QueueSql statement) throws SQLException {
        Map<TicketStatus, Long> found = new EnumMap<>(TicketStatus.class);
        long total = 0;
        try (PreparedStatement prepared = prepare(connection, statement.where(), statement.parameters());
             ResultSet result = prepared.executeQuery()) {
            while (result.next()) {
                long count = result.getLong(2);
                found.put(TicketStatus.valueOf(result.getString(1)), count);
                total += count;
            }
        }
        boolean capped = total > SEARCH_COUNT_CAP;
        Map<TicketStatus, TabCount> counts = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            counts.put(status, new TabCount(found.getOrDefault(status, 0L), capped));
        }
        return new StatusCounts(counts);
    }

    private List<TicketSummary> select(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<TicketSummary> rows = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new TicketSummary(result.getString(1), TicketStatus.valueOf(result.getString(2)),
                        result.getString(3), Direction.valueOf(result.getString(4)), Symptom.valueOf(result.getString(5)),
                        result.getString(6), result.getString(7), result.getString(8), result.getString(9),
                        result.getObject(10, OffsetDateTime.class).toInstant(),
                        result.getObject(11, OffsetDateTime.class).toInstant()));
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < parameters.size(); index++) {
            statement.setObject(index + 1, parameters.get(index));
        }
        return statement;
    }

    private <T> T work(ReturningWork<T> work) {
        // Flush first: the queue must show what this transaction has just written.
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            if (database == null) {
                database = TicketDatabase.fromProductName(connection.getMetaData().getDatabaseProductName());
            }
            if (database == TicketDatabase.POSTGRESQL) {
                try (Statement statement = connection.createStatement()) {
                    // A generic plan does not know whether a term is rare or common; each search needs its own plan.
                    statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                    // A common term's bitmap (User unknown: 170,000 tickets of a million) stays exact instead of lossy,
                    // so its pages are not re-checked row by row (363 -> 95 ms for the count, measured).
                    statement.execute("SET LOCAL work_mem = '32MB'");
                }
            }
            return work.execute(connection);
        });
    }
}
