package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import jp.todoku.system.ClientAddresses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per client address token buckets for diagnoses, tickets (including replies) and DNS checks: a bucket holds
 * the configured number of requests and refills evenly over its window. Enough to keep one script from
 * flooding the desk.
 *
 * <p>Where the buckets live is {@code todoku.rate-limit.store} ({@code TODOKU_RATE_LIMIT_STORE}):
 * {@code memory} (the default on the embedded database: one instance, a restart forgets them) or
 * {@code database} (the default with the {@code postgres} profile: every instance on one database counts
 * into the same bucket, so N instances do not give a client N times its limit; see {@link DatabaseRateLimits}).
 */
@Component
public class RateLimiter {

    /** What is limited, and how long a refused client is asked to wait (the Retry-After header). */
    public enum Action {
        DIAGNOSIS(60), TICKET(600), DNS(60);

        private final int retryAfterSeconds;

        Action(int retryAfterSeconds) {
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final ClientAddresses clientAddresses;
    private final Map<Action, Limit> limits;
    private final RateLimitStore store;

    private record Limit(int capacity, Duration window) {
    }

    RateLimiter(Clock clock, RateLimitSettings settings) {
        this(settings, new ClientAddresses(), new MemoryRateLimits(clock));
    }

    @Autowired
    RateLimiter(Clock clock, RateLimitSettings settings, ClientAddresses clientAddresses,
                @Value("${todoku.rate-limit.store:memory}") String store, ObjectProvider<DataSource> dataSource) {
        this(settings, clientAddresses, switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "memory" -> new MemoryRateLimits(clock);
            case "database" -> new DatabaseRateLimits(dataSource.getObject(), clock);
            default -> throw new IllegalArgumentException(
                    "todoku.rate-limit.store must be memory or database, not " + store.strip());
        });
    }

    RateLimiter(RateLimitSettings settings, ClientAddresses clientAddresses, RateLimitStore store) {
        this.clientAddresses = clientAddresses;
        this.store = store;
        this.limits = Map.of(Action.DIAGNOSIS, new Limit(settings.diagnosesPerMinute(), Duration.ofMinutes(1)),
                Action.TICKET, new Limit(settings.ticketsPerHour(), Duration.ofHours(1)),
                Action.DNS, new Limit(settings.dnsChecksPerMinute(), Duration.ofMinutes(1)));
    }

    /** Takes one token for the request's client (see {@link ClientAddresses}), or throws when none is left. */
    public void acquire(Action action, HttpServletRequest request) {
        acquire(action, clientAddresses.of(request));
    }

    /** Takes one token for the client, or throws {@link TooManyRequestsException} when none is left. */
    public void acquire(Action action, String client) {
        if (!tryAcquire(action, client)) {
            throw new TooManyRequestsException(action);
        }
    }

    boolean tryAcquire(Action action, String client) {
        Limit limit = limits.get(action);
        return store.tryAcquire(key(action, client), limit.capacity(), limit.window());
    }

    /** Which store this limiter counts in (memory or database), for tests and operations. */
    String storeName() {
        return store instanceof DatabaseRateLimits ? "database" : "memory";
    }

    /** Forgets every bucket (operations after an incident; tests between cases). */
    public void reset() {
        store.reset();
    }

    /**
     * The bucket's key: the action and a hash of the client address, so the database holds no addresses
     * and every key has the same short length (IPv6 literals included).
     */
    static String key(Action action, String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((client == null ? "" : client).getBytes(StandardCharsets.UTF_8));
            return action.name() + ":" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(digest, 24));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
