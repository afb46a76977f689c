package jp.todoku.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Token buckets in this JVM, bounded: enough for one instance; a restart forgets them. */
final class MemoryRateLimits implements RateLimitStore {

    // A flood from many addresses must not grow the map without end.
    private static final int MAX_TRACKED = 60_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private record Bucket(double tokens, long updatedNanos) {
    }

    MemoryRateLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key, int capacity, Duration window) {
        if (buckets.size() >= MAX_TRACKED) {
            buckets.clear();
        }
        long now = clock.millis() * 1_000_000L;
        double perNano = capacity / (double) window.toNanos();
        boolean[] granted = {false};
        buckets.compute(key, (ignored, bucket) -> {
            double tokens = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + (now - bucket.updatedNanos()) * perNano);
            if (tokens >= 1) {
                granted[0] = true;
                tokens -= 1;
            }
            return new Bucket(tokens, now);
        });
        return granted[0];
    }

    @Override
    public void reset() {
        buckets.clear();
    }
}
