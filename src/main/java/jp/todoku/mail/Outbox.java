package jp.todoku.mail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import jp.todoku.diagnosis.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox table (V12__mail.sql). Rows are added inside the caller's transaction; the sender claims
 * due rows so that each is sent by one instance only: on PostgreSQL the candidates are read with
 * {@code FOR UPDATE SKIP LOCKED}, and on every database the claim itself is a conditional UPDATE
 * that only one instance can win.
 */
@Repository
class Outbox {

    private static final String COLUMNS = "id, kind, ticket_reference, recipient, language, ticket_status, body_text, "
            + "answered_subject, answered_id, link_path, message_id, state, attempts, next_attempt_at, last_error, "
            + "bounce_reason, created_at, sent_at";
    private static final String DUE = "((state = 'PENDING' AND next_attempt_at <= :now) "
            + "OR (state = 'SENDING' AND claimed_until < :now))";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final boolean skipLocked;
    private final SecureRandom random = new SecureRandom();

    Outbox(JdbcClient jdbc, Clock clock, MailSettings settings, PlatformTransactionManager transactions,
           DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.skipLocked = isPostgres(dataSource);
    }

    /** Adds a row in the current transaction; returns its id. */
    long add(NewMail mail) {
        Instant now = clock.instant();
        String messageId = "<td." + HexFormat.of().formatHex(randomBytes()) + "@" + settings.domain() + ">";
        jdbc.sql("INSERT INTO mail_outbox (kind, ticket_reference, recipient, language, ticket_status, body_text, "
                        + "answered_subject, answered_id, link_path, message_id, state, attempts, next_attempt_at, created_at) "
                        + "VALUES (:kind, :reference, :recipient, :language, :status, :body, :subject, :answered, :link, "
                        + ":messageId, 'PENDING', 0, :now, :now)")
                .param("kind", mail.kind().name()).param("reference", mail.ticketReference())
                .param("recipient", mail.recipient()).param("language", mail.language().tag())
                .param("status", mail.ticketStatus()).param("body", mail.bodyText())
                .param("subject", limit(mail.answeredSubject(), 998)).param("answered", limit(mail.answeredId(), 998))
                .param("link", mail.linkPath()).param("messageId", messageId).param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = ?").param(messageId).query(Long.class).single();
    }

    /**
     * Claims up to {@code limit} due rows of the given kinds for {@code instance}, each for the lease, in
     * its own short transaction. A row whose lease ran out (its sender died) is due again.
     */
    List<OutboxRow> claimDue(String instance, Set<OutboxKind> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<String> kindNames = kinds.stream().map(Enum::name).toList();
        return transaction.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            List<Long> candidates = jdbc.sql("SELECT id FROM mail_outbox WHERE " + DUE + " AND kind IN (:kinds) "
                            + "ORDER BY id FETCH FIRST " + limit + " ROWS ONLY" + (skipLocked ? " FOR UPDATE SKIP LOCKED" : ""))
                    .param("now", now).param("kinds", kindNames).query(Long.class).list();
            List<OutboxRow> claimed = new ArrayList<>();
            Timestamp until = Timestamp.from(clock.instant().plus(settings.lease()));
            for (long id : candidates) {
                int won = jdbc.sql("UPDATE mail_outbox SET state = 'SENDING', claimed_by = :instance, "
                                + "claimed_until = :until, attempts = attempts + 1 WHERE id = :id AND " + DUE)
                        .param("instance", instance).param("until", until).param("id", id).param("now", now).update();
                if (won == 1) {
                    find(id).ifPresent(claimed::add);
                }
            }
            return claimed;
        });
    }

    /** Marks a claimed row sent; only the instance that holds the claim can. */
    boolean markSent(long id, String instance) {
        return finish(id, instance, "state = 'SENT', sent_at = :now, last_error = NULL");
    }

    /** The relay refused or was unreachable: try again at {@code next}. */
    boolean markRetry(long id, String instance, Instant next, String error) {
        return jdbc.sql("UPDATE mail_outbox SET state = 'PENDING', claimed_by = NULL, claimed_until = NULL, "
                        + "next_attempt_at = :next, last_error = :error WHERE id = :id AND state = 'SENDING' "
                        + "AND claimed_by = :instance")
                .param("next", Timestamp.from(next)).param("error", limit(error, 1000)).param("id", id)
                .param("instance", instance).update() == 1;
    }

    boolean markFailed(long id, String instance, String error) {
        return jdbc.sql("UPDATE mail_outbox SET state = 'FAILED', claimed_until = NULL, last_error = :error "
                        + "WHERE id = :id AND state = 'SENDING' AND claimed_by = :instance")
                .param("error", limit(error, 1000)).param("id", id).param("instance", instance).update() == 1;
    }

    boolean markSuppressed(long id, String instance, String reason) {
        return jdbc.sql("UPDATE mail_outbox SET state = 'SUPPRESSED', claimed_until = NULL, bounce_reason = :reason "
                        + "WHERE id = :id AND state = 'SENDING' AND claimed_by = :instance")
                .param("reason", limit(reason, 40)).param("id", id).param("instance", instance).update() == 1;
    }

    /** A bounce of this row came back. */
    void markBounced(long id, String reason) {
        jdbc.sql("UPDATE mail_outbox SET state = 'BOUNCED', bounce_reason = :reason WHERE id = :id")
                .param("reason", limit(reason, 40)).param("id", id).update();
    }

    Optional<OutboxRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?").param(id).query(Outbox::row).optional();
    }

    /** What was mailed about one ticket, oldest first. */
    List<OutboxRow> forTicket(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE ticket_reference = ? ORDER BY id")
                .param(reference).query(Outbox::row).list();
    }

    /** How many rows wait because links cannot be made yet. */
    long countWaiting() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE state = 'PENDING'").query(Long.class).single();
    }

    private boolean finish(long id, String instance, String assignments) {
        return jdbc.sql("UPDATE mail_outbox SET " + assignments + ", claimed_until = NULL WHERE id = :id "
                        + "AND state = 'SENDING' AND claimed_by = :instance")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("instance", instance).update() == 1;
    }

    private static OutboxRow row(ResultSet row, int number) throws SQLException {
        return new OutboxRow(row.getLong("id"), OutboxKind.valueOf(row.getString("kind")),
                row.getString("ticket_reference"), row.getString("recipient"),
                Language.find(row.getString("language")).orElse(Language.JA), row.getString("ticket_status"),
                row.getString("body_text"), row.getString("answered_subject"), row.getString("answered_id"),
                row.getString("link_path"), row.getString("message_id"), OutboxState.valueOf(row.getString("state")),
                row.getInt("attempts"), instant(row, "next_attempt_at"), row.getString("last_error"),
                row.getString("bounce_reason"), instant(row, "created_at"), instant(row, "sent_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }

    static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException unknown) {
            return false;
        }
    }
}
