package jp.todoku.tickets;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * The embedded database's index of search pieces (issue 15, H2 V17): H2 has no GIN index, so each piece of
 * a ticket's {@code search_grams} is a row of {@code ticket_gram (gram, ticket_id)}, whose primary key finds
 * the tickets holding a piece without reading them. Kept by this trigger in the same transaction as the
 * ticket (insert, a reply that adds text, delete), whoever writes it: JPA, the import, plain SQL.
 * <p>
 * Fewer rows than pieces: a one-letter ASCII word is never asked for ({@link SearchGrams#required}), and a
 * single character X is left out when a pair starting with X is there, because the search for X asks for
 * the pieces starting with X ({@code gram LIKE 'X%'}), which that pair answers.
 */
public final class H2SearchIndex implements Trigger {

    private int idColumn = -1;
    private int gramsColumn = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet columns = metaData.getColumns(null, schema, table, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                if (name.equals("id")) {
                    idColumn = index;
                } else if (name.equals("search_grams")) {
                    gramsColumn = index;
                }
            }
        }
        if (idColumn < 0 || gramsColumn < 0) {
            throw new SQLException("table " + table + " has no id or search_grams column");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Object oldGrams = oldRow == null ? null : oldRow[gramsColumn];
        Object newGrams = newRow == null ? null : newRow[gramsColumn];
        long oldId = oldRow == null ? -1 : ((Number) oldRow[idColumn]).longValue();
        long newId = newRow == null ? -1 : ((Number) newRow[idColumn]).longValue();
        if (oldId == newId && java.util.Objects.equals(oldGrams, newGrams)) {
            return; // a status change, an assignment: the text is the same
        }
        Set<String> removed = oldRow == null ? Set.of() : indexed((String) oldGrams);
        Set<String> added = newRow == null ? Set.of() : indexed((String) newGrams);
        if (oldId == newId) {
            Set<String> kept = new HashSet<>(removed);
            kept.retainAll(added);
            removed = new HashSet<>(removed);
            removed.removeAll(kept);
            added = new LinkedHashSet<>(added);
            added.removeAll(kept);
        }
        if (!removed.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM ticket_gram WHERE gram = ? AND ticket_id = ?")) {
                for (String gram : removed) {
                    delete.setString(1, gram);
                    delete.setLong(2, oldId);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        insert(connection, newId, added);
    }

    /** Indexes every ticket already there (the migration that creates the table calls it once). */
    public static void indexAll(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet tickets = select.executeQuery("SELECT id, search_grams FROM ticket WHERE search_grams IS NOT NULL")) {
            while (tickets.next()) {
                insert(connection, tickets.getLong(1), indexed(tickets.getString(2)));
            }
        }
    }

    private static void insert(Connection connection, long id, Set<String> grams) throws SQLException {
        if (grams.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_gram (gram, ticket_id) VALUES (?, ?)")) {
            for (String gram : grams) {
                insert.setString(1, gram);
                insert.setLong(2, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The pieces of a {@code search_grams} value that get a row (see the class comment). */
    static Set<String> indexed(String grams) {
        Set<String> pieces = new LinkedHashSet<>();
        if (grams == null || grams.isEmpty()) {
            return pieces;
        }
        Set<String> pairStarts = new HashSet<>();
        for (String piece : grams.split(" ")) {
            if (piece.isEmpty() || piece.length() == 1 && SearchGrams.isWordCharacter(piece.charAt(0))) {
                continue;
            }
            if (!SearchGrams.isWordCharacter(piece.charAt(0)) && piece.codePointCount(0, piece.length()) == 2) {
                pairStarts.add(piece.substring(0, Character.charCount(piece.codePointAt(0))));
            }
            pieces.add(piece);
        }
        pieces.removeIf(piece -> !SearchGrams.isWordCharacter(piece.charAt(0))
                && piece.codePointCount(0, piece.length()) == 1 && pairStarts.contains(piece));
        return pieces;
    }
}
