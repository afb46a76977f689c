package jp.todoku.tickets;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported tickets in batches with plain JDBC (thousands a second; JPA would flush them one by one),
 * the same columns {@link Ticket#open} fills, search text and pieces included, so an imported ticket is
 * searchable the moment its batch commits. On PostgreSQL a batch is one statement (each column a text array
 * through {@code unnest}) and its events another; elsewhere a JDBC batch of one INSERT a ticket. A line whose key is already in the table is a duplicate and
 * is left out, so importing a file twice creates nothing the second time.
 */
@Service
public class TicketImporter {

    /** What one batch did: created tickets, and the keys that were already there (or twice in the batch). */
    public record BatchResult(int created, List<String> duplicateKeys) {
        public BatchResult {
            duplicateKeys = List.copyOf(duplicateKeys);
        }
    }

    private static final ZoneId REFERENCE_ZONE = ZoneId.of("Asia/Tokyo");
    static final String IMPORTED_BY = "import";

    private final EntityManager entityManager;
    private final SecureRandom random = new SecureRandom();

    TicketImporter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public BatchResult write(List<ImportDraft> batch) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> write(connection, batch));
    }

    /**
     * The keys among {@code keys} that are already in the table (one query): the import asks before diagnosing
     * a batch, so lines imported before cost no diagnosis. {@link #write} checks again in its own transaction.
     */
    @Transactional(readOnly = true)
    public Set<String> existingKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> existingKeys(connection, keys,
                TicketDatabase.fromProductName(connection.getMetaData().getDatabaseProductName()) == TicketDatabase.POSTGRESQL));
    }

    private static final String COLUMNS = "reference_number, status, customer_domain, direction, since_date, symptom,"
            + " affected_scope, sent_at, sender, recipient, error_text, customer_name, contact, customer_comment,"
            + " guide_answers, token_hash, assignee, created_at, updated_at, diagnosis_json, primary_reason,"
            + " receiving_provider, search_text, search_grams, external_reference, import_key";
    /** How PostgreSQL reads each column of {@link #COLUMNS} from the text array it comes in. */
    private static final String[] POSTGRES_TYPES = {"text", "text", "text", "text", "date", "text", "text", "timestamptz",
        "text", "text", "text", "text", "text", "text", "text", "text", "text", "timestamptz", "timestamptz", "text", "text",
        "text", "text", "text", "text", "text"};

    private BatchResult write(Connection connection, List<ImportDraft> batch) throws SQLException {
        boolean postgres = TicketDatabase.fromProductName(connection.getMetaData().getDatabaseProductName())
                == TicketDatabase.POSTGRESQL;
        Set<String> existing = existingKeys(connection, batch.stream().map(ImportDraft::importKey).toList(), postgres);
        List<ImportDraft> fresh = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (ImportDraft ticket : batch) {
            if (existing.add(ticket.importKey())) {
                fresh.add(ticket);
            } else {
                duplicates.add(ticket.importKey());
            }
        }
        if (fresh.isEmpty()) {
            return new BatchResult(0, duplicates);
        }
        List<Long> numbers = referenceNumbers(connection, fresh.size(), postgres);
        List<String[]> rows = new ArrayList<>(fresh.size());
        for (int index = 0; index < fresh.size(); index++) {
            rows.add(row(fresh.get(index), numbers.get(index)));
        }
        List<Long> ids = postgres ? insertPostgres(connection, fresh, rows) : insertBatch(connection, rows);
        if (ids.size() != fresh.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + fresh.size() + " tickets");
        }
        events(connection, fresh, ids, postgres);
        return new BatchResult(fresh.size(), duplicates);
    }

    /**
     * PostgreSQL: the whole batch in one statement, each column one text array (one parse, one plan, one
     * round trip for a thousand tickets instead of a thousand executions); the ids come back with the keys.
     */
    private static List<Long> insertPostgres(Connection connection, List<ImportDraft> fresh, List<String[]> rows)
            throws SQLException {
        StringBuilder select = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        for (int column = 0; column < POSTGRES_TYPES.length; column++) {
            select.append(column == 0 ? "" : ", ").append("c").append(column)
                    .append(POSTGRES_TYPES[column].equals("text") ? "" : "::" + POSTGRES_TYPES[column]);
            arrays.append(column == 0 ? "" : ", ").append("CAST(? AS text[])");
        }
        StringBuilder names = new StringBuilder();
        for (int column = 0; column < POSTGRES_TYPES.length; column++) {
            names.append(column == 0 ? "" : ", ").append("c").append(column);
        }
        Map<String, Long> idsByKey = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket (" + COLUMNS + ", version) SELECT "
                + select + ", 0 FROM unnest(" + arrays + ") AS u(" + names + ") RETURNING id, import_key")) {
            for (int column = 0; column < POSTGRES_TYPES.length; column++) {
                String[] values = new String[rows.size()];
                for (int index = 0; index < rows.size(); index++) {
                    values[index] = rows.get(index)[column];
                }
                insert.setArray(column + 1, connection.createArrayOf("text", values));
            }
            try (ResultSet keys = insert.executeQuery()) {
                while (keys.next()) {
                    idsByKey.put(keys.getString(2), keys.getLong(1));
                }
            }
        }
        List<Long> ids = new ArrayList<>(fresh.size());
        for (ImportDraft ticket : fresh) {
            Long id = idsByKey.get(ticket.importKey());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** H2 (and any other database): a JDBC batch of one INSERT a ticket, the ids from the generated keys. */
    private static List<Long> insertBatch(Connection connection, List<String[]> rows) throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        String marks = String.join(", ", java.util.Collections.nCopies(POSTGRES_TYPES.length, "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket (" + COLUMNS + ", version) VALUES ("
                + marks + ", 0)", new String[] {"id"})) {
            for (String[] row : rows) {
                for (int column = 0; column < row.length; column++) {
                    String type = POSTGRES_TYPES[column];
                    if (row[column] == null) {
                        insert.setNull(column + 1, type.equals("date") ? Types.DATE
                                : type.equals("timestamptz") ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
                    } else if (type.equals("date")) {
                        insert.setObject(column + 1, LocalDate.parse(row[column]), Types.DATE);
                    } else if (type.equals("timestamptz")) {
                        insert.setObject(column + 1, OffsetDateTime.parse(row[column]), Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        insert.setString(column + 1, row[column]);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The values of {@link #COLUMNS} as text (dates and times in ISO-8601), nulls as nulls. */
    private String[] row(ImportDraft ticket, long number) {
        TicketDraft draft = ticket.draft();
        String reference = String.format("TD-%d-%06d", ticket.createdAt().atZone(REFERENCE_ZONE).getYear(), number);
        String searchText = ticket.searchText(reference);
        String created = QueueSql.timestamp(ticket.createdAt()).toString();
        return new String[] {reference, ticket.status().name(), draft.domain(), draft.direction().name(),
            draft.since() == null ? null : draft.since().toString(), draft.symptom().name(), draft.scope().name(),
            draft.sentAt() == null ? null : QueueSql.timestamp(draft.sentAt()).toString(), draft.sender(), draft.recipient(),
            draft.errorText(), draft.name(), draft.contact(), draft.comment(), GuideAnswers.format(draft.guideAnswers()),
            // The old help desk never gave the customer our status link; a token nobody holds keeps the page closed.
            StatusToken.issue(random).hash(), ticket.assignee(), created, created, draft.diagnosisJson(),
            draft.primaryReason(), draft.receivingProvider(), searchText, ticket.searchGrams(reference, searchText),
            ticket.externalReference(), ticket.importKey()};
    }

    /** The CREATED event, with the state the old system left the ticket in as its new value. */
    private static void events(Connection connection, List<ImportDraft> fresh, List<Long> ids, boolean postgres)
            throws SQLException {
        if (postgres) {
            Long[] ticketIds = ids.toArray(Long[]::new);
            String[] times = new String[fresh.size()];
            String[] states = new String[fresh.size()];
            for (int index = 0; index < fresh.size(); index++) {
                times[index] = QueueSql.timestamp(fresh.get(index).createdAt()).toString();
                states[index] = fresh.get(index).status().name();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_event (ticket_id, kind, author,"
                    + " occurred_at, body, old_value, new_value) SELECT u.id, ?, ?, u.at::timestamptz, NULL, NULL, u.state"
                    + " FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[])) AS u(id, at, state)")) {
                insert.setString(1, TicketEventKind.CREATED.name());
                insert.setString(2, IMPORTED_BY);
                insert.setArray(3, connection.createArrayOf("bigint", ticketIds));
                insert.setArray(4, connection.createArrayOf("text", times));
                insert.setArray(5, connection.createArrayOf("text", states));
                insert.executeUpdate();
            }
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_event (ticket_id, kind, author,"
                + " occurred_at, body, old_value, new_value) VALUES (?, ?, ?, ?, NULL, NULL, ?)")) {
            for (int index = 0; index < fresh.size(); index++) {
                ImportDraft ticket = fresh.get(index);
                insert.setLong(1, ids.get(index));
                insert.setString(2, TicketEventKind.CREATED.name());
                insert.setString(3, IMPORTED_BY);
                insert.setObject(4, QueueSql.timestamp(ticket.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(5, ticket.status().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Set<String> existingKeys(Connection connection, List<String> keys, boolean postgres)
            throws SQLException {
        Set<String> existing = new HashSet<>();
        if (postgres) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT import_key FROM ticket WHERE import_key = ANY (CAST(? AS text[]))")) {
                select.setArray(1, connection.createArrayOf("text", keys.toArray(String[]::new)));
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        existing.add(found.getString(1));
                    }
                }
            }
            return existing;
        }
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        keys.forEach(key -> marks.add("?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT import_key FROM ticket WHERE import_key IN " + marks)) {
            for (int index = 0; index < keys.size(); index++) {
                select.setString(index + 1, keys.get(index));
            }
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    existing.add(found.getString(1));
                }
            }
        }
        return existing;
    }

    private static List<Long> referenceNumbers(Connection connection, int count, boolean postgres) throws SQLException {
        List<Long> numbers = new ArrayList<>(count);
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                try (ResultSet result = statement.executeQuery(
                        "SELECT nextval('ticket_reference_seq') FROM generate_series(1, " + count + ")")) {
                    while (result.next()) {
                        numbers.add(result.getLong(1));
                    }
                }
            } else {
                for (int index = 0; index < count; index++) {
                    try (ResultSet result = statement.executeQuery("SELECT nextval('ticket_reference_seq')")) {
                        result.next();
                        numbers.add(result.getLong(1));
                    }
                }
            }
        }
        return numbers;
    }
}
