package jp.todoku.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import jp.todoku.system.ClientAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing without handing anyone a way to keep a staff member out (issue 10).
 *
 * <p>Every sign-in attempt is counted, in the database all instances share (table {@code sign_in_throttle},
 * migration V10), three ways: per client address (any name), per user name (any address) and per pair of
 * both. Past a number of free attempts each count asks for a growing pause (doubling, from one second)
 * before that address may try again:
 * <ul>
 * <li>one address, any names: {@value #ADDRESS_FREE} free attempts, then up to {@link #ADDRESS_MAX_WAIT};
 * <li>one address, one name: {@value #PAIR_FREE} free attempts, then up to {@link #PAIR_MAX_WAIT};
 * <li>one name from many addresses: once it has seen {@value #NAME_FREE} attempts, every address that has
 * never signed in as that name waits between its own attempts, up to {@link #NAME_MAX_WAIT} only.
 * </ul>
 * The name is never locked as such: an attacker from many addresses gets each of them slowed down, while
 * the staff member signs in at once from an address they signed in from before ({@link #KNOWN_FOR}) and,
 * from a new one, on the first try or after at most {@link #NAME_MAX_WAIT}.
 *
 * <p>An attempt is counted before its password is checked (in the same transaction that decides whether it
 * may go on, with the rows locked), so a burst of parallel guesses cannot slip past the count; a successful
 * sign-in takes its own attempt back and clears its pair. Counts are forgotten {@link #FORGET_AFTER} after
 * their last attempt. Keys are hashes: the table holds neither addresses nor typed names (a password typed
 * into the name field stays nowhere), and logs name neither.
 *
 * <p>Wrong passwords for an existing account are also kept per account until its next successful sign-in,
 * which hands them to the session as {@link FailedSignIns} for the console to show once.
 */
@Component
class SignInThrottle {

    static final int ADDRESS_FREE = 20;
    static final Duration ADDRESS_MAX_WAIT = Duration.ofMinutes(15);
    static final int PAIR_FREE = 5;
    static final Duration PAIR_MAX_WAIT = Duration.ofMinutes(15);
    static final int NAME_FREE = 10;
    static final Duration NAME_MAX_WAIT = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration KNOWN_FOR = Duration.ofDays(90);
    private static final long PURGE_EVERY_MS = Duration.ofMinutes(10).toMillis();
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClientAddresses clientAddresses;
    private final AtomicLong nextPurge = new AtomicLong();
    private volatile Boolean postgres;

    SignInThrottle(DataSource dataSource, Clock clock, ClientAddresses clientAddresses) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.clientAddresses = clientAddresses;
    }

    /**
     * Counts an attempt to sign in as {@code username} from the current request's client address, or, when
     * that address has to wait first, counts nothing and says how long.
     *
     * @return zero when the attempt may go on (its password is checked next), else the wait
     */
    Duration attempt(String username) {
        return attempt(username, currentAddress());
    }

    Duration attempt(String username, String address) {
        long now = clock.millis();
        purgeNowAndThen(now);
        Keys keys = Keys.of(username, address);
        List<String> counted = keys.counted();
        for (String key : counted) {
            ensureRow(key, now);
        }
        Duration wait = transactions.execute(status -> {
            Map<String, Integer> attempts = new HashMap<>();
            Map<String, Long> last = new HashMap<>();
            // Locks the rows in one order everywhere, so two attempts never wait for each other in a circle.
            for (String key : counted) {
                jdbc.query("SELECT attempts, last_ms, expires_ms FROM sign_in_throttle WHERE throttle_key = ? FOR UPDATE",
                        row -> {
                            boolean current = row.getLong("expires_ms") >= now;
                            attempts.put(key, current ? row.getInt("attempts") : 0);
                            last.put(key, row.getLong("last_ms"));
                        }, key);
            }
            boolean known = keys.known() != null && Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT COUNT(*) > 0 FROM sign_in_throttle WHERE throttle_key = ? AND expires_ms >= ?",
                    Boolean.class, keys.known(), now));
            long readyAt = readyAt(keys.address(), attempts, last, ADDRESS_FREE, ADDRESS_MAX_WAIT);
            if (keys.pair() != null) {
                readyAt = Math.max(readyAt, readyAt(keys.pair(), attempts, last, PAIR_FREE, PAIR_MAX_WAIT));
                if (!known && attempts.getOrDefault(keys.name(), 0) >= NAME_FREE && attempts.getOrDefault(keys.pair(), 0) > 0) {
                    // Measured from this address's own last try of the name, never from the name's last try:
                    // otherwise an attacker trying every few seconds would keep the name closed to everyone.
                    readyAt = Math.max(readyAt, last.get(keys.pair())
                            + pause(attempts.get(keys.name()), NAME_FREE, NAME_MAX_WAIT));
                }
            }
            if (readyAt > now) {
                return Duration.ofMillis(readyAt - now);
            }
            for (String key : counted) {
                jdbc.update("UPDATE sign_in_throttle SET attempts = CASE WHEN expires_ms < ? THEN 1 ELSE attempts + 1 END, "
                        + "last_ms = ?, expires_ms = ? WHERE throttle_key = ?", now, now, now + FORGET_AFTER.toMillis(), key);
            }
            warnAtThreshold(attempts.getOrDefault(keys.address(), 0) + 1, ADDRESS_FREE, "one client address");
            if (keys.pair() != null) {
                warnAtThreshold(attempts.getOrDefault(keys.name(), 0) + 1, NAME_FREE, "one user name");
            }
            return Duration.ZERO;
        });
        return wait == null ? Duration.ZERO : wait;
    }

    /** Remembers a wrong password for the account of that name, if there is one, until its next sign-in. */
    void wrongPassword(String username) {
        Optional<String> name = normalized(username);
        if (name.isEmpty()) {
            return;
        }
        long now = clock.millis();
        if (isPostgres()) {
            jdbc.update("INSERT INTO staff_sign_in_failures AS f (username, failures, first_failure_ms, last_failure_ms) "
                    + "SELECT username, 1, ?, ? FROM staff_account WHERE username = ? "
                    + "ON CONFLICT (username) DO UPDATE SET failures = f.failures + 1, last_failure_ms = EXCLUDED.last_failure_ms",
                    now, now, name.get());
            return;
        }
        retryingInsertRace(() -> jdbc.update("MERGE INTO staff_sign_in_failures f "
                + "USING (SELECT username FROM staff_account WHERE username = ?) s ON f.username = s.username "
                + "WHEN MATCHED THEN UPDATE SET failures = f.failures + 1, last_failure_ms = ? "
                + "WHEN NOT MATCHED THEN INSERT (username, failures, first_failure_ms, last_failure_ms) "
                + "VALUES (s.username, 1, ?, ?)", name.get(), now, now, now));
    }

    /**
     * A successful sign-in from that address: takes its attempt back, clears its pair, remembers the address
     * as known for the name, and returns (and forgets) the wrong passwords given since the previous sign-in.
     */
    Optional<FailedSignIns> signedIn(String username, String address) {
        long now = clock.millis();
        Keys keys = Keys.of(username, address);
        if (keys.pair() == null) {
            return Optional.empty();
        }
        jdbc.update("UPDATE sign_in_throttle SET attempts = attempts - 1 "
                + "WHERE throttle_key IN (?, ?) AND attempts > 0 AND expires_ms >= ?", keys.address(), keys.name(), now);
        jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", keys.pair());
        long knownUntil = now + KNOWN_FOR.toMillis();
        if (isPostgres()) {
            jdbc.update("INSERT INTO sign_in_throttle (throttle_key, attempts, last_ms, expires_ms) VALUES (?, 0, ?, ?) "
                    + "ON CONFLICT (throttle_key) DO UPDATE SET last_ms = EXCLUDED.last_ms, expires_ms = EXCLUDED.expires_ms",
                    keys.known(), now, knownUntil);
        } else {
            retryingInsertRace(() -> jdbc.update("MERGE INTO sign_in_throttle (throttle_key, attempts, last_ms, expires_ms) "
                    + "KEY (throttle_key) VALUES (?, 0, ?, ?)", keys.known(), now, knownUntil));
        }
        String taken = isPostgres()
                ? "DELETE FROM staff_sign_in_failures WHERE username = ? RETURNING failures, first_failure_ms, last_failure_ms"
                : "SELECT failures, first_failure_ms, last_failure_ms FROM OLD TABLE "
                        + "(DELETE FROM staff_sign_in_failures WHERE username = ?)";
        return jdbc.query(taken, (row, index) -> new FailedSignIns(row.getInt("failures"),
                Instant.ofEpochMilli(row.getLong("first_failure_ms")), Instant.ofEpochMilli(row.getLong("last_failure_ms"))),
                normalized(username).orElseThrow()).stream().findFirst();
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        wrongPassword(event.getAuthentication().getName());
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        Optional<FailedSignIns> failed = signedIn(event.getAuthentication().getName(), currentAddress());
        HttpServletRequest request = currentRequest();
        if (failed.isPresent() && request != null) {
            request.getSession().setAttribute(FailedSignIns.SESSION_ATTRIBUTE, failed.get());
        }
    }

    /** Deletes counts nobody needs any more; returns how many rows went. */
    int purge(long now) {
        return jdbc.update("DELETE FROM sign_in_throttle WHERE expires_ms < ?", now);
    }

    /** When the count under {@code key} lets its address try again (0: now). */
    private static long readyAt(String key, Map<String, Integer> attempts, Map<String, Long> last, int free,
                                Duration maxWait) {
        int count = attempts.getOrDefault(key, 0);
        return count < free ? 0 : last.get(key) + pause(count, free, maxWait);
    }

    /** One second at the first attempt past the free ones, doubling with each further one, capped. */
    static long pause(int attempts, int free, Duration maxWait) {
        int doublings = Math.min(Math.max(attempts - free, 0), 30);
        return Math.min(1000L << doublings, maxWait.toMillis());
    }

    private static void warnAtThreshold(int attempts, int free, String what) {
        if (attempts == free) {
            LOG.warn("Staff sign-ins from {} are being slowed down after {} attempts in a row", what, free);
        }
    }

    private void ensureRow(String key, long now) {
        // A placeholder that counts nothing; outside the deciding transaction so that its insert holds no lock
        // there. It expires a minute later unless an attempt is counted in it.
        if (isPostgres()) {
            jdbc.update("INSERT INTO sign_in_throttle (throttle_key, attempts, last_ms, expires_ms) VALUES (?, 0, ?, ?) "
                    + "ON CONFLICT (throttle_key) DO NOTHING", key, now, now + 60_000);
        } else {
            retryingInsertRace(() -> jdbc.update("MERGE INTO sign_in_throttle t "
                    + "USING (SELECT CAST(? AS VARCHAR(100)) AS throttle_key) s ON t.throttle_key = s.throttle_key "
                    + "WHEN NOT MATCHED THEN INSERT (throttle_key, attempts, last_ms, expires_ms) VALUES (s.throttle_key, 0, ?, ?)",
                    key, now, now + 60_000));
        }
    }

    private static void retryingInsertRace(Runnable upsert) {
        for (int attempt = 1; ; attempt++) {
            try {
                upsert.run();
                return;
            } catch (DuplicateKeyException race) {
                // H2's MERGE: another sign-in inserted the row between the look and the insert; it exists now.
                if (attempt >= 3) {
                    throw race;
                }
            }
        }
    }

    private void purgeNowAndThen(long now) {
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY_MS)) {
            purge(now);
        }
    }

    private boolean isPostgres() {
        Boolean answer = postgres;
        if (answer == null) {
            answer = jdbc.execute((Connection connection) ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
            postgres = answer;
        }
        return answer;
    }

    private String currentAddress() {
        HttpServletRequest request = currentRequest();
        return request == null ? "" : clientAddresses.of(request);
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    private static Optional<String> normalized(String username) {
        try {
            return Optional.of(StaffAccount.normalize(username));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    /** The hashed keys of one attempt; name-based ones are null when the typed name is not a possible name. */
    record Keys(String address, String name, String pair, String known) {

        static Keys of(String username, String address) {
            String where = address == null ? "" : address;
            Optional<String> name = normalized(username);
            if (name.isEmpty()) {
                return new Keys(hash("address", where), null, null, null);
            }
            return new Keys(hash("address", where), hash("name", name.get()),
                    hash("pair", name.get() + "\n" + where), hash("known", name.get() + "\n" + where));
        }

        /** The keys an attempt counts in, in the one order they are locked. */
        List<String> counted() {
            return (name == null ? List.of(address) : List.of(address, name, pair)).stream().sorted().toList();
        }

        private static String hash(String kind, String value) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                        (kind + "\n" + value).getBytes(StandardCharsets.UTF_8));
                return kind.charAt(0) + ":" + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(Arrays.copyOf(digest, 24));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every JVM has SHA-256", impossible);
            }
        }
    }
}
