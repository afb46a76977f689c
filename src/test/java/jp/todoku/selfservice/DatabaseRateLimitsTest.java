package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jp.todoku.selfservice.RateLimitTest.MutableClock;
import jp.todoku.system.ClientAddresses;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The token buckets kept in the database (todoku.rate-limit.store=database), on the test context's H2: the same
 * answers as the in-memory buckets, one token never handed out twice under concurrency, old rows purged.
 * PostgreSQL runs the same statements' other dialect in SharedLimitsPostgresTest.
 */
@TodokuWebTest
class DatabaseRateLimitsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    RateLimiter applicationLimiter;

    private final MutableClock clock = new MutableClock();

    private RateLimiter limiter(int diagnoses, int tickets, int dns) {
        return new RateLimiter(new RateLimitSettings(diagnoses, tickets, dns), new ClientAddresses(),
                new DatabaseRateLimits(dataSource, clock));
    }

    private static String client() {
        return "2001:db8::" + Integer.toHexString(new Random().nextInt(0xffff));
    }

    @Test
    void theTestProfileCountsInMemoryUnlessTheDatabaseIsAskedFor() {
        assertThat(applicationLimiter.storeName()).isEqualTo("memory");
    }

    @Test
    void aBucketRefillsOverItsWindowAndKeepsAddressesApart() {
        RateLimiter small = limiter(2, 1, 1);
        String one = client() + "1";
        String two = client() + "2";

        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, one)).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, one)).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, one)).isFalse();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, two)).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.TICKET, one)).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.TICKET, one)).isFalse();

        clock.advance(Duration.ofSeconds(30));
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, one)).as("half a window gives one back").isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, one)).isFalse();
    }

    @Test
    void answersExactlyAsTheInMemoryBucketsDo() {
        RateLimiter database = limiter(7, 3, 2);
        MutableClock memoryClock = new MutableClock();
        RateLimiter memory = new RateLimiter(memoryClock, new RateLimitSettings(7, 3, 2));
        Random random = new Random(10);
        String[] clients = {client() + "a", client() + "b", client() + "c"};
        List<Boolean> fromDatabase = new ArrayList<>();
        List<Boolean> fromMemory = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            Duration pause = Duration.ofMillis(random.nextInt(4_000));
            clock.advance(pause);
            memoryClock.advance(pause);
            RateLimiter.Action action = RateLimiter.Action.values()[random.nextInt(3)];
            String client = clients[random.nextInt(clients.length)];
            fromDatabase.add(database.tryAcquire(action, client));
            fromMemory.add(memory.tryAcquire(action, client));
        }
        assertThat(fromDatabase).isEqualTo(fromMemory);
        assertThat(fromDatabase).contains(true, false);
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheBucketHolds() throws Exception {
        RateLimiter limiter = limiter(25, 1, 1);
        String client = client();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                requests.add(() -> limiter.tryAcquire(RateLimiter.Action.DIAGNOSIS, client));
            }
            int granted = 0;
            for (Future<Boolean> answer : pool.invokeAll(requests)) {
                granted += answer.get() ? 1 : 0;
            }
            assertThat(granted).as("the clock stands still, so nothing refills").isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsNoAddressAndPurgesBucketsThatAreFullAgain() {
        DatabaseRateLimits store = new DatabaseRateLimits(dataSource, clock);
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(3, 3, 3), new ClientAddresses(), store);
        String client = "203.0.113." + new Random().nextInt(250) + "-" + UUID.randomUUID();
        limiter.tryAcquire(RateLimiter.Action.DNS, client);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String key = RateLimiter.key(RateLimiter.Action.DNS, client);
        assertThat(key).doesNotContain(client).startsWith("DNS:");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rate_limit_bucket WHERE bucket_key = ?", Integer.class, key))
                .isEqualTo(1);

        store.purge(clock.millis() + Duration.ofSeconds(59).toMillis());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rate_limit_bucket WHERE bucket_key = ?", Integer.class, key))
                .as("within its window a bucket stays").isEqualTo(1);
        store.purge(clock.millis() + Duration.ofSeconds(61).toMillis());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rate_limit_bucket WHERE bucket_key = ?", Integer.class, key))
                .as("a minute later it is full again and goes").isZero();
    }
}
