package jp.todoku.selfservice;

import java.time.Duration;

/**
 * Where {@link RateLimiter} keeps its token buckets: in this JVM ({@link MemoryRateLimits}, one instance) or
 * in the database every instance shares ({@link DatabaseRateLimits}, several instances behind a load balancer).
 * Both implement the same bucket: it holds {@code capacity} requests and refills evenly over {@code window}.
 */
interface RateLimitStore {

    /** Takes one token from the bucket of {@code key}, if there is one; true when the request may go on. */
    boolean tryAcquire(String key, int capacity, Duration window);

    /** Forgets every bucket. */
    void reset();
}
