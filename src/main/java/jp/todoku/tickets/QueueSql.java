package jp.todoku.tickets;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.Sort;

/**
 * The queue's filters as one SQL condition on {@code ticket t} with its parameters, the same on H2 and
 * PostgreSQL except for the text: on PostgreSQL the term's pieces ({@link SearchGrams}) go to the GIN
 * index of V16 and every candidate is checked against the exact text; H2 reads the text with LIKE.
 */
record QueueSql(String where, List<Object> parameters) {

    /** Sortable attributes and their columns; anything else falls back to newest first. */
    private static final Map<String, String> COLUMNS = Map.of("createdAt", "t.created_at", "updatedAt", "t.updated_at",
            "status", "t.status", "reference", "t.reference_number", "domain", "t.customer_domain", "assignee", "t.assignee",
            "primaryReason", "t.primary_reason", "receivingProvider", "t.receiving_provider");

    /** The id and every column {@link #orderBy} may sort on. */
    static final String SORT_COLUMNS = "t.id, t.created_at, t.updated_at, t.status, t.reference_number, t.customer_domain,"
            + " t.assignee, t.primary_reason, t.receiving_provider";

    static final String SUMMARY_COLUMNS = "t.reference_number, t.status, t.customer_domain, t.direction, t.symptom,"
            + " t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at";

    QueueSql {
        parameters = List.copyOf(parameters);
    }

    /** Every filter of the query; the statuses too when {@code withStatuses}. */
    static QueueSql of(TicketQuery query, TicketDatabase database, boolean withStatuses) {
        return of(query, database, withStatuses, true);
    }

    /**
     * With {@code h2Lookups} false, an H2 search reads the text newest first without ticket_gram: for a term many
     * tickets hold, a page of them comes sooner that way than by reading every candidate the lookup names.
     */
    static QueueSql of(TicketQuery query, TicketDatabase database, boolean withStatuses, boolean h2Lookups) {
        StringJoiner where = new StringJoiner(" AND ").setEmptyValue("1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (withStatuses && !query.statuses().isEmpty()) {
            StringJoiner in = new StringJoiner(", ", "t.status IN (", ")");
            query.statuses().stream().sorted().forEach(status -> {
                in.add("?");
                parameters.add(status.name());
            });
            where.add(in.toString());
        }
        query.reason().ifPresent(reason -> add(where, parameters, "t.primary_reason = ?", reason));
        query.domain().ifPresent(domain -> add(where, parameters, "t.customer_domain = ?", domain.toLowerCase(Locale.ROOT)));
        query.provider().ifPresent(provider -> add(where, parameters, "t.receiving_provider = ?", provider));
        query.assignee().ifPresent(assignee -> add(where, parameters, "t.assignee = ?", assignee));
        if (query.unassignedOnly()) {
            where.add("t.assignee IS NULL");
        }
        query.createdFrom().ifPresent(from -> add(where, parameters, "t.created_at >= ?", timestamp(from)));
        query.createdBefore().ifPresent(before -> add(where, parameters, "t.created_at < ?", timestamp(before)));
        query.text().map(SearchTerm::of).ifPresent(term -> text(where, parameters, term, database, h2Lookups));
        return new QueueSql(where.toString(), parameters);
    }

    private static void text(StringJoiner where, List<Object> parameters, SearchTerm term, TicketDatabase database,
                             boolean h2Lookups) {
        if (database != TicketDatabase.POSTGRESQL) {
            // H2: the tickets holding the term's most telling pieces, through ticket_gram's key (V17), then the text.
            // Equality and ranges, not LIKE: H2 plans a LIKE with a parameter without the index.
            for (SearchTerm.GramLookup lookup : h2Lookups ? term.h2Lookups() : List.<SearchTerm.GramLookup>of()) {
                if (lookup.prefix()) {
                    where.add("t.id IN (SELECT g.ticket_id FROM ticket_gram g WHERE g.gram >= ? AND g.gram < ?)");
                    parameters.add(lookup.piece());
                    parameters.add(lookup.upperBound());
                } else {
                    add(where, parameters, "t.id IN (SELECT g.ticket_id FROM ticket_gram g WHERE g.gram = ?)", lookup.piece());
                }
            }
            add(where, parameters, "t.search_text LIKE ?", term.likePattern());
            return;
        }
        if (term.indexed()) {
            // Same expression as the index of V16, so the planner can use it.
            add(where, parameters, "array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST(? AS tsquery)",
                    term.tsquery());
        }
        add(where, parameters, "strpos(t.search_text, ?) > 0", term.normalised());
    }

    /**
     * Tickets whose reference, old reference or an address is exactly the term: a union of index
     * lookups, which H2 plans as such too (an OR across columns it would answer with a scan).
     */
    static QueueSql exactly(SearchTerm term) {
        return new QueueSql("t.id IN (SELECT id FROM ticket WHERE reference_number = ?"
                + " UNION ALL SELECT id FROM ticket WHERE external_reference = ?"
                + " UNION ALL SELECT id FROM ticket WHERE sender = ?"
                + " UNION ALL SELECT id FROM ticket WHERE recipient = ?"
                + " UNION ALL SELECT id FROM ticket WHERE contact = ?)", List.of(term.upperCase(), term.raw(),
                term.normalised(), term.normalised(), term.normalised()));
    }

    QueueSql and(QueueSql other) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(other.parameters);
        return new QueueSql(where + " AND " + other.where, all);
    }

    /** ORDER BY for the pageable's sort, always ending on the id so pages stay stable when values tie. */
    static String orderBy(Sort sort) {
        StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
        for (Sort.Order part : sort) {
            String column = COLUMNS.get(part.getProperty());
            if (column != null) {
                order.add(column + (part.isAscending() ? " ASC" : " DESC"));
            }
        }
        if (order.length() == " ORDER BY ".length()) {
            order.add("t.created_at DESC");
        }
        return order.add("t.id DESC").toString();
    }

    private static void add(StringJoiner where, List<Object> parameters, String condition, Object value) {
        where.add(condition);
        parameters.add(value);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
