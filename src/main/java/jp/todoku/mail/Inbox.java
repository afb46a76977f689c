package jp.todoku.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Messages read from the support mailbox (mail_inbox). The unique (folder, UIDVALIDITY, UID) key is
 * the claim: the row is inserted in the same transaction as everything the message causes, so a
 * message is handled exactly once, whichever instance reads it and however often it restarts.
 */
@Repository
class Inbox {

    /** One stored message as staff see it. */
    record Entry(long id, Instant receivedAt, String sender, String subject, InboxOutcome outcome,
                 String ticketReference, String detail, String rawMessage) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean has(String folder, long uidValidity, long uid) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_inbox WHERE folder = ? AND uid_validity = ? AND uid = ?")
                .params(folder, uidValidity, uid).query(Long.class).single() > 0;
    }

    /** The highest UID handled in this folder generation; 0 when none. */
    long lastUid(String folder, long uidValidity) {
        Long last = jdbc.sql("SELECT COALESCE(MAX(uid), 0) FROM mail_inbox WHERE folder = ? AND uid_validity = ?")
                .params(folder, uidValidity).query(Long.class).single();
        return last == null ? 0 : last;
    }

    /** Inserts the claim row; a concurrent instance's insert of the same key fails with a duplicate key. */
    long claim(String folder, long uidValidity, long uid, IncomingMessage message) {
        jdbc.sql("INSERT INTO mail_inbox (folder, uid_validity, uid, received_at, sender, subject, message_id, outcome) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PROCESSING')")
                .params(folder, uidValidity, uid, Timestamp.from(clock.instant()), Outbox.limit(message.from(), 320),
                        Outbox.limit(message.subject(), 998), Outbox.limit(message.messageId(), 998))
                .update();
        return jdbc.sql("SELECT id FROM mail_inbox WHERE folder = ? AND uid_validity = ? AND uid = ?")
                .params(folder, uidValidity, uid).query(Long.class).single();
    }

    /** Records the outcome; kept messages also keep their text so staff can read them. */
    void finish(long id, InboxOutcome outcome, String ticketReference, String detail, String rawMessage) {
        jdbc.sql("UPDATE mail_inbox SET outcome = ?, ticket_reference = ?, detail = ?, raw_message = ? WHERE id = ?")
                .params(outcome.name(), ticketReference, Outbox.limit(detail, 1000), rawMessage, id).update();
    }

    List<Entry> kept() {
        return jdbc.sql("SELECT id, received_at, sender, subject, outcome, ticket_reference, detail, raw_message "
                        + "FROM mail_inbox WHERE outcome = 'KEPT' ORDER BY received_at DESC, id DESC FETCH FIRST 200 ROWS ONLY")
                .query(Inbox::entry).list();
    }

    List<Entry> recent(int limit) {
        return jdbc.sql("SELECT id, received_at, sender, subject, outcome, ticket_reference, detail, NULL AS raw_message "
                        + "FROM mail_inbox ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query(Inbox::entry).list();
    }

    private static Entry entry(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Entry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4),
                InboxOutcome.valueOf(row.getString(5)), row.getString(6), row.getString(7), row.getString(8));
    }
}
