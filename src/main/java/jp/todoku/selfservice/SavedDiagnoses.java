package jp.todoku.selfservice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved diagnosis links and the "did this solve it?" counts (V3__diagnoses.sql). A link is stored only
 * when the customer asks for one; it expires after the configured retention and is then deleted.
 */
@Repository
@Transactional
public class SavedDiagnoses {

    /** The purge's row in the shedlock table. */
    static final String PURGE_LOCK = "purge-saved-diagnoses";
    private static final int ID_BYTES = 18;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{24}");
    /** Feedback is counted per day in the customers' calendar. */
    private static final ZoneId DAY_ZONE = ZoneId.of("Asia/Tokyo");

    /** A saved paste as read back for its link. */
    record Saved(String id, Instant createdAt, Instant expiresAt, String text, Boolean solved) {
    }

    /** Answers to "did this solve it?": how many said yes, out of how many. */
    public record FeedbackCounts(long solved, long answered) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SelfServiceSettings settings;
    private final SecureRandom random = new SecureRandom();

    SavedDiagnoses(JdbcClient jdbc, Clock clock, SelfServiceSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Stores the paste and its snapshot; returns the unguessable link id. */
    public String save(String text, String snapshotJson, String reasonCode, String provider) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO diagnosis_record (permalink_id, created_at, expires_at, input_text, snapshot_json, "
                        + "reason_code, provider) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(now), Timestamp.from(now.plus(settings.retention())), text, snapshotJson,
                        reasonCode, provider)
                .update();
        return id;
    }

    /** The saved paste while its link is valid; an expired or unknown id is empty alike. */
    @Transactional(readOnly = true)
    public Optional<Saved> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT permalink_id, created_at, expires_at, input_text, solved FROM diagnosis_record "
                        + "WHERE permalink_id = ? AND expires_at > ?")
                .params(id, Timestamp.from(clock.instant()))
                .query((row, number) -> new Saved(row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant(), row.getString(4), (Boolean) row.getObject(5)))
                .optional();
    }

    /** Counts one answer to "did this solve it?"; on a saved page, remembers it there too. */
    public void recordFeedback(boolean solved, String reasonCode, String provider, String savedId) {
        jdbc.sql("INSERT INTO diagnosis_feedback (recorded_on, reason_code, provider, solved) VALUES (?, ?, ?, ?)")
                .params(LocalDate.ofInstant(clock.instant(), DAY_ZONE), limit(reasonCode, 40), limit(provider, 100), solved)
                .update();
        if (savedId != null && ID.matcher(savedId).matches()) {
            jdbc.sql("UPDATE diagnosis_record SET solved = ? WHERE permalink_id = ?").params(solved, savedId).update();
        }
    }

    /** How many answers said solved, and how many were given at all (for the staff dashboard). */
    @Transactional(readOnly = true)
    public FeedbackCounts feedbackCounts() {
        return jdbc.sql("SELECT COUNT(CASE WHEN solved THEN 1 END), COUNT(*) FROM diagnosis_feedback")
                .query((row, number) -> new FeedbackCounts(row.getLong(1), row.getLong(2))).single();
    }

    /**
     * The hourly purge, once per interval across all instances on the database (issue 10): whoever
     * takes the lock first holds it for the whole interval, so the others skip their turns.
     */
    @Scheduled(fixedDelayString = "${todoku.diagnosis.purge-interval:PT1H}",
            initialDelayString = "${todoku.diagnosis.purge-initial-delay:PT1M}")
    @SchedulerLock(name = PURGE_LOCK, lockAtLeastFor = "${todoku.diagnosis.purge-interval:PT1H}",
            lockAtMostFor = "${todoku.diagnosis.purge-interval:PT1H}")
    public void scheduledPurge() {
        purgeExpired();
    }

    /** Deletes expired links; returns how many. */
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM diagnosis_record WHERE expires_at <= ?").param(Timestamp.from(clock.instant())).update();
    }

    private static String limit(String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= length ? value : value.substring(0, length);
    }
}
