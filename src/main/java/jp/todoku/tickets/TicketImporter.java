package jp.todoku.tickets;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported tickets in batches with plain JDBC (thousands a second; JPA would flush them one by one),
 * the same columns {@link Ticket#open} fills, search text and pieces included, so an imported ticket is
 * searchable the moment its batch commits. A line whose key is already in the table is a duplicate and
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

    private BatchResult write(Connection connection, List<ImportDraft> batch) throws SQLException {
        Set<String> existing = existingKeys(connection, batch);
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
        List<Long> numbers = referenceNumbers(connection, fresh.size());
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket (reference_number, status,"
                + " customer_domain, direction, since_date, symptom, affected_scope, sent_at, sender, recipient, error_text,"
                + " customer_name, contact, customer_comment, guide_answers, token_hash, assignee, created_at, updated_at,"
                + " diagnosis_json, primary_reason, receiving_provider, search_text, search_grams, external_reference,"
                + " import_key, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, 0)", new String[] {"id"})) {
            for (int index = 0; index < fresh.size(); index++) {
                bind(insert, fresh.get(index), numbers.get(index));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != fresh.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + fresh.size() + " tickets");
        }
        events(connection, fresh, ids);
        return new BatchResult(fresh.size(), duplicates);
    }

    private void bind(PreparedStatement insert, ImportDraft ticket, long number) throws SQLException {
        TicketDraft draft = ticket.draft();
        String reference = String.format("TD-%d-%06d", ticket.createdAt().atZone(REFERENCE_ZONE).getYear(), number);
        String searchText = SearchText.join(TicketLimits.SEARCH_TEXT, reference, ticket.externalReference(),
                draft.domain(), draft.sender(), draft.recipient(), draft.name(), draft.contact(), draft.comment(),
                draft.primaryReason(), draft.receivingProvider(), draft.errorText());
        int column = 1;
        insert.setString(column++, reference);
        insert.setString(column++, ticket.status().name());
        insert.setString(column++, draft.domain());
        insert.setString(column++, draft.direction().name());
        insert.setObject(column++, draft.since(), Types.DATE);
        insert.setString(column++, draft.symptom().name());
        insert.setString(column++, draft.scope().name());
        insert.setObject(column++, draft.sentAt() == null ? null : QueueSql.timestamp(draft.sentAt()),
                Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setString(column++, draft.sender());
        insert.setString(column++, draft.recipient());
        insert.setString(column++, draft.errorText());
        insert.setString(column++, draft.name());
        insert.setString(column++, draft.contact());
        insert.setString(column++, draft.comment());
        insert.setString(column++, GuideAnswers.format(draft.guideAnswers()));
        // The old help desk never gave the customer our status link; a token nobody holds keeps the page closed.
        insert.setString(column++, StatusToken.issue(random).hash());
        insert.setString(column++, ticket.assignee());
        insert.setObject(column++, QueueSql.timestamp(ticket.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setObject(column++, QueueSql.timestamp(ticket.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setString(column++, draft.diagnosisJson());
        insert.setString(column++, draft.primaryReason());
        insert.setString(column++, draft.receivingProvider());
        insert.setString(column++, searchText);
        insert.setString(column++, SearchGrams.of(searchText));
        insert.setString(column++, ticket.externalReference());
        insert.setString(column, ticket.importKey());
    }

    /** The CREATED event, with the state the old system left the ticket in as its new value. */
    private static void events(Connection connection, List<ImportDraft> fresh, List<Long> ids) throws SQLException {
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

    private static Set<String> existingKeys(Connection connection, List<ImportDraft> batch) throws SQLException {
        Set<String> existing = new HashSet<>();
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        batch.forEach(ticket -> marks.add("?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT import_key FROM ticket WHERE import_key IN " + marks)) {
            for (int index = 0; index < batch.size(); index++) {
                select.setString(index + 1, batch.get(index).importKey());
            }
            try (ResultSet keys = select.executeQuery()) {
                while (keys.next()) {
                    existing.add(keys.getString(1));
                }
            }
        }
        return existing;
    }

    private static List<Long> referenceNumbers(Connection connection, int count) throws SQLException {
        List<Long> numbers = new ArrayList<>(count);
        boolean postgres = TicketDatabase.fromProductName(connection.getMetaData().getDatabaseProductName())
                == TicketDatabase.POSTGRESQL;
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
