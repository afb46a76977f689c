package jp.todoku.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message headers a ticket was filed with (V13__header_analyses.sql), kept beside the ticket as the
 * diagnosis snapshot is: the header fields only, analysed again when staff open the ticket.
 */
@Repository
@Transactional
public class TicketHeaders {

    /** A header block is 5 to 60 KB in practice; the engine reads at most 2 MB of it. */
    public static final int MAX_CHARS = 1_000_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    TicketHeaders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the header block with the ticket; a second call for the same ticket changes nothing. */
    public void attach(String reference, String headerText) {
        if (headerText == null || headerText.isBlank()) {
            return;
        }
        String kept = headerText.length() > MAX_CHARS ? headerText.substring(0, MAX_CHARS) : headerText;
        jdbc.sql("INSERT INTO ticket_header_analysis (ticket_id, created_at, header_text) "
                        + "SELECT t.id, ?, ? FROM ticket t WHERE t.reference_number = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM ticket_header_analysis h WHERE h.ticket_id = t.id)")
                .params(Timestamp.from(clock.instant()), kept, reference)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<String> find(String reference) {
        return jdbc.sql("SELECT h.header_text FROM ticket_header_analysis h JOIN ticket t ON t.id = h.ticket_id "
                        + "WHERE t.reference_number = ?")
                .param(reference)
                .query(String.class)
                .optional();
    }
}
