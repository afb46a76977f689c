package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.todoku.system.ClientAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Per client address token buckets for diagnoses, tickets (including replies) and DNS checks: a bucket holds
 * the configured number of requests and refills evenly over its window. In memory and bounded, so a
 * restart forgets it; enough to keep one script from flooding the desk.
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

    // A flood from many addresses must not grow the maps without end.
    private static final int MAX_TRACKED = 20_000;

    private final Clock clock;
    private final ClientAddresses clientAddresses;
    private final Map<Action, Limit> limits;
    private final Map<Action, Map<String, Bucket>> buckets = new ConcurrentHashMap<>();

    private record Limit(int capacity, Duration window) {
    }

    private record Bucket(double tokens, long updatedNanos) {
    }

    RateLimiter(Clock clock, RateLimitSettings settings) {
        this(clock, settings, new ClientAddresses());
    }

    @Autowired
    RateLimiter(Clock clock, RateLimitSettings settings, ClientAddresses clientAddresses) {
        this.clock = clock;
        this.clientAddresses = clientAddresses;
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
        Map<String, Bucket> perClient = buckets.computeIfAbsent(action, ignored -> new ConcurrentHashMap<>());
        if (perClient.size() >= MAX_TRACKED) {
            perClient.clear();
        }
        long now = clock.millis() * 1_000_000L;
        double perNano = limit.capacity() / (double) limit.window().toNanos();
        boolean[] granted = {false};
        perClient.compute(client == null ? "" : client, (key, bucket) -> {
            double tokens = bucket == null ? limit.capacity()
                    : Math.min(limit.capacity(), bucket.tokens() + (now - bucket.updatedNanos()) * perNano);
            if (tokens >= 1) {
                granted[0] = true;
                tokens -= 1;
            }
            return new Bucket(tokens, now);
        });
        return granted[0];
    }

    /** Forgets every bucket (operations after an incident; tests between cases). */
    public void reset() {
        buckets.clear();
    }
}
