package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jp.todoku.system.ClientAddresses;
import jp.todoku.system.StaffRole;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in throttle on the test context's H2, with a clock the test moves: growing pauses per address and
 * per (name, address), a name attacked from many addresses that its owner still gets into, bursts that cannot
 * slip past the count, and the wrong passwords told at the next sign-in. Every test uses names and addresses
 * of its own, since the database is shared with the other web tests.
 */
@TodokuWebTest
class SignInThrottleTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    StaffAccountRepository accounts;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private SignInThrottle throttle;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private SignInThrottle throttle() {
        if (throttle == null) {
            throttle = new SignInThrottle(dataSource, clock, new ClientAddresses());
        }
        return throttle;
    }

    private String name(String base) {
        return base + "-" + run;
    }

    private String address(int n) {
        return "2001:db8:" + run.substring(0, 4) + "::" + Integer.toHexString(n);
    }

    @Test
    void oneAddressGuessingOneNameWaitsLongerAfterEachTry() {
        String name = name("agent");
        for (int i = 0; i < SignInThrottle.PAIR_FREE; i++) {
            assertThat(throttle().attempt(name, address(1))).as("free attempt %d", i + 1).isZero();
        }
        assertThat(throttle().attempt(name, address(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle().attempt(" AGENT-" + run.toUpperCase() + " ", address(1)))
                .as("the same name however typed").isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle().attempt(name("someone-else"), address(1))).as("other names from there").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle().attempt(name, address(1))).isZero();
        assertThat(throttle().attempt(name, address(1))).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle().attempt(name, address(1))).isZero();
        assertThat(throttle().attempt(name, address(1))).isEqualTo(Duration.ofSeconds(4));

        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle().attempt(name, address(1))).as("an hour later it is forgotten").isZero();
    }

    @Test
    void pausesGrowToTheirCapOnly() {
        assertThat(SignInThrottle.pause(SignInThrottle.PAIR_FREE, SignInThrottle.PAIR_FREE, SignInThrottle.PAIR_MAX_WAIT))
                .isEqualTo(1_000);
        assertThat(SignInThrottle.pause(SignInThrottle.PAIR_FREE + 3, SignInThrottle.PAIR_FREE, SignInThrottle.PAIR_MAX_WAIT))
                .isEqualTo(8_000);
        assertThat(SignInThrottle.pause(1_000, SignInThrottle.PAIR_FREE, SignInThrottle.PAIR_MAX_WAIT))
                .isEqualTo(SignInThrottle.PAIR_MAX_WAIT.toMillis());
        assertThat(SignInThrottle.pause(1_000, SignInThrottle.NAME_FREE, SignInThrottle.NAME_MAX_WAIT))
                .isEqualTo(60_000);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedDownToo() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FREE; i++) {
            assertThat(throttle().attempt(name("name" + i), address(2))).isZero();
        }
        assertThat(throttle().attempt(name("another"), address(2))).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle().attempt(name("another"), address(3))).as("another address").isZero();
    }

    @Test
    void aNameAttackedFromManyAddressesStillLetsItsOwnerIn() {
        String admin = name("admin");
        String home = address(100);
        throttle().attempt(admin, home);
        throttle().signedIn(admin, home);

        // 40 addresses, 3 guesses each as fast as they are let: far past the name's free attempts.
        int refused = 0;
        for (int round = 0; round < 3; round++) {
            for (int attacker = 0; attacker < 40; attacker++) {
                refused += throttle().attempt(admin, address(attacker + 1000)).isZero() ? 0 : 1;
            }
        }
        assertThat(refused).as("each attacking address waits between its own guesses").isGreaterThanOrEqualTo(70);
        Duration attackerWaits = throttle().attempt(admin, address(1000));
        assertThat(attackerWaits).isPositive().isLessThanOrEqualTo(SignInThrottle.NAME_MAX_WAIT);

        assertThat(throttle().attempt(admin, home)).as("the owner from where they signed in before").isZero();
        assertThat(throttle().attempt(admin, address(101))).as("the owner from a new address, first try").isZero();
        Duration typo = throttle().attempt(admin, address(101));
        assertThat(typo).as("after a typo there, a short pause").isPositive()
                .isLessThanOrEqualTo(SignInThrottle.NAME_MAX_WAIT);
        clock.advance(typo);
        assertThat(throttle().attempt(admin, address(101))).isZero();
    }

    @Test
    void aBurstOfParallelGuessesCannotSlipPastTheCount() throws Exception {
        String name = name("burst");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Duration>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                guesses.add(() -> throttle().attempt(name, address(7)));
            }
            int let = 0;
            for (Future<Duration> wait : pool.invokeAll(guesses)) {
                let += wait.get().isZero() ? 1 : 0;
            }
            assertThat(let).as("the clock stands still").isEqualTo(SignInThrottle.PAIR_FREE);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuccessfulSignInTakesItsAttemptBackAndClearsItsPair() {
        String name = name("typist");
        for (int i = 0; i < SignInThrottle.PAIR_FREE; i++) {
            throttle().attempt(name, address(8));
        }
        throttle().signedIn(name, address(8));
        for (int i = 0; i < SignInThrottle.PAIR_FREE; i++) {
            assertThat(throttle().attempt(name, address(8))).isZero();
        }
    }

    @Test
    void wrongPasswordsAreToldOnceAtTheNextSignIn() {
        String name = name("owner");
        accounts.save(StaffAccount.open(name, "{noop}x", StaffRole.AGENT, clock.instant()));
        Instant first = clock.instant();
        throttle().wrongPassword(name);
        clock.advance(Duration.ofMinutes(5));
        throttle().wrongPassword(name.toUpperCase());
        clock.advance(Duration.ofMinutes(5));
        Instant last = clock.instant();
        throttle().wrongPassword(name);
        throttle().wrongPassword(name("nobody"));

        Optional<FailedSignIns> told = throttle().signedIn(name, address(9));

        assertThat(told).contains(new FailedSignIns(3, first, last));
        assertThat(throttle().signedIn(name, address(9))).as("told once").isEmpty();
        assertThat(throttle().signedIn(name("nobody"), address(9))).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM staff_sign_in_failures WHERE username = ?", Integer.class, name("nobody")))
                .as("nothing is kept for names without an account").isZero();
    }

    @Test
    void theTableHoldsNeitherAddressesNorTypedNames() {
        String typed = "my-secret-password-" + run;
        throttle().attempt(typed, "198.51.100.77");
        List<String> keys = new JdbcTemplate(dataSource).queryForList("SELECT throttle_key FROM sign_in_throttle", String.class);
        assertThat(keys).isNotEmpty().noneMatch(key -> key.contains(typed) || key.contains("198.51.100.77"));
    }

    @Test
    void oldCountsArePurged() {
        String name = name("old");
        throttle().attempt(name, address(11));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SignInThrottle.Keys keys = SignInThrottle.Keys.of(name, address(11));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_throttle WHERE throttle_key = ?", Integer.class,
                keys.pair())).isEqualTo(1);
        throttle().purge(clock.millis() + SignInThrottle.FORGET_AFTER.toMillis() + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_throttle WHERE throttle_key = ?", Integer.class,
                keys.pair())).isZero();
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
