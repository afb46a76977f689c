package jp.todoku.selfservice;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Token buckets in the database, so that N instances behind a load balancer give a client its limit once,
 * not N times (issue 10). The same bucket as {@link MemoryRateLimits}, kept in {@code rate_limit_bucket}
 * (migration V10): every request is ONE atomic upsert that refills the bucket for the time since its last
 * use, takes a token when there is one and says whether it did. Two instances updating one bucket at once are
 * serialised by the row lock the upsert takes, so no token is handed out twice.
 *
 * <p>PostgreSQL: {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}. H2 has no ON CONFLICT DO UPDATE:
 * {@code MERGE ... USING} read through {@code FINAL TABLE}, retried when two first requests of one client
 * race to insert the row.
 *
 * <p>Rows are deleted once they are a full bucket again (past {@code expires_ms}), at most once a minute by
 * each instance: that deletion is idempotent, so it needs no cluster-wide lock. When the database cannot
 * be reached the limiter lets requests through (and warns): the limit protects the desk, it must not take it
 * down.
 */
final class DatabaseRateLimits implements RateLimitStore {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRateLimits.class);
    private static final long PURGE_EVERY_MS = 60_000;
    private static final long WARN_EVERY_MS = 60_000;
    private static final int INSERT_RACES = 3;

    // The bucket refilled for the time since its last use, capped at its size. SET clauses are ordered so that
    // each reads only columns not yet assigned, whichever way the database evaluates them.
    private static final String REFILLED = "LEAST(CAST(:capacity AS DOUBLE PRECISION), b.tokens"
            + " + CAST(GREATEST(0, :now - b.updated_ms) AS DOUBLE PRECISION) * CAST(:perMilli AS DOUBLE PRECISION))";
    private static final String UPDATE_SET = "granted = " + REFILLED + " >= 1, "
            + "tokens = CASE WHEN " + REFILLED + " >= 1 THEN " + REFILLED + " - 1 ELSE " + REFILLED + " END, "
            + "expires_ms = GREATEST(b.updated_ms, :now) + :windowMs, "
            + "updated_ms = GREATEST(b.updated_ms, :now)";
    private static final String INSERT_VALUES = "CAST(:capacity AS DOUBLE PRECISION) - 1, :now, :now + :windowMs, TRUE";

    static final String POSTGRESQL = "INSERT INTO rate_limit_bucket AS b (bucket_key, tokens, updated_ms, expires_ms, granted) "
            + "VALUES (:key, " + INSERT_VALUES + ") ON CONFLICT (bucket_key) DO UPDATE SET " + UPDATE_SET
            + " RETURNING granted";
    static final String H2 = "SELECT granted FROM FINAL TABLE (MERGE INTO rate_limit_bucket b "
            + "USING (SELECT CAST(:key AS VARCHAR(100)) AS bucket_key) s ON b.bucket_key = s.bucket_key "
            + "WHEN MATCHED THEN UPDATE SET " + UPDATE_SET + " "
            + "WHEN NOT MATCHED THEN INSERT (bucket_key, tokens, updated_ms, expires_ms, granted) "
            + "VALUES (s.bucket_key, " + INSERT_VALUES + "))";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicLong nextPurge = new AtomicLong();
    private final AtomicLong nextWarning = new AtomicLong();
    private volatile String upsert;

    DatabaseRateLimits(DataSource dataSource, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int capacity, Duration window) {
        long now = clock.millis();
        try {
            purgeNowAndThen(now);
            MapSqlParameterSource parameters = new MapSqlParameterSource()
                    .addValue("key", key)
                    .addValue("capacity", (double) capacity)
                    .addValue("now", now)
                    .addValue("perMilli", capacity / (double) window.toMillis())
                    .addValue("windowMs", window.toMillis());
            for (int attempt = 1; ; attempt++) {
                try {
                    Boolean granted = jdbc.queryForObject(upsert(), parameters, Boolean.class);
                    return Boolean.TRUE.equals(granted);
                } catch (DuplicateKeyException firstRequestRace) {
                    // H2 only: another instance or thread inserted this client's row between MERGE's look and its
                    // insert. The row exists now, so the next try updates it.
                    if (attempt >= INSERT_RACES) {
                        throw firstRequestRace;
                    }
                }
            }
        } catch (DataAccessException unavailable) {
            long warnAt = nextWarning.get();
            if (now >= warnAt && nextWarning.compareAndSet(warnAt, now + WARN_EVERY_MS)) {
                LOG.warn("Rate limits cannot be read from the database, requests are let through: {}",
                        unavailable.getMostSpecificCause().getClass().getSimpleName());
            }
            return true;
        }
    }

    @Override
    public void reset() {
        jdbc.getJdbcTemplate().update("DELETE FROM rate_limit_bucket");
    }

    /** Deletes the buckets that are full again; returns how many. */
    int purge(long now) {
        return jdbc.getJdbcTemplate().update("DELETE FROM rate_limit_bucket WHERE expires_ms < ?", now);
    }

    private void purgeNowAndThen(long now) {
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY_MS)) {
            purge(now);
        }
    }

    private String upsert() {
        String statement = upsert;
        if (statement == null) {
            statement = jdbc.getJdbcTemplate().execute((Connection connection) ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                            ? POSTGRESQL : H2);
            upsert = statement;
        }
        return statement;
    }
}
