package jp.todoku.selfservice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved header analysis links (V13__header_analyses.sql): the header fields only, stored when the
 * customer asks for a link, deleted when it expires (the same retention as saved diagnoses).
 */
@Repository
@Transactional
class SavedHeaders {

    static final String PURGE_LOCK = "purge-saved-headers";
    private static final int ID_BYTES = 18;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{24}");

    /** A saved header block as read back for its link. */
    record Saved(String id, Instant expiresAt, String headerText) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SelfServiceSettings settings;
    private final SecureRandom random = new SecureRandom();

    SavedHeaders(JdbcClient jdbc, Clock clock, SelfServiceSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    String save(String headerText) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO header_record (permalink_id, created_at, expires_at, header_text) VALUES (?, ?, ?, ?)")
                .params(id, Timestamp.from(now), Timestamp.from(now.plus(settings.retention())), headerText)
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Saved> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT permalink_id, expires_at, header_text FROM header_record WHERE permalink_id = ? AND expires_at > ?")
                .params(id, Timestamp.from(clock.instant()))
                .query((row, number) -> new Saved(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)))
                .optional();
    }

    /** Once per interval across all instances, like the saved diagnoses' purge. */
    @Scheduled(fixedDelayString = "${todoku.diagnosis.purge-interval:PT1H}",
            initialDelayString = "${todoku.diagnosis.purge-initial-delay:PT1M}")
    @SchedulerLock(name = PURGE_LOCK, lockAtLeastFor = "${todoku.diagnosis.purge-interval:PT1H}",
            lockAtMostFor = "${todoku.diagnosis.purge-interval:PT1H}")
    void scheduledPurge() {
        purgeExpired();
    }

    int purgeExpired() {
        return jdbc.sql("DELETE FROM header_record WHERE expires_at <= ?").param(Timestamp.from(clock.instant())).update();
    }
}
