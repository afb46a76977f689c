package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.todoku.testing.TodokuWebTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job lock on the embedded database (H2 in PostgreSQL mode, the V11 table, the database's clock):
 * taken once, refused while held, free again after release. ClusterPostgresTest covers PostgreSQL.
 */
@TodokuWebTest
class ClusterLockTest {

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobLockIsHeldByOneAtATimeAndFreeAgainAfterRelease() {
        LockConfiguration job = new LockConfiguration(Instant.now(), "cluster-lock-test", Duration.ofMinutes(5),
                Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(job);
        assertThat(first).as("the first taker gets the lock").isPresent();
        assertThat(locks.lock(job)).as("a second taker is refused while it is held").isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'cluster-lock-test'",
                Integer.class)).isOne();

        first.orElseThrow().unlock();
        Optional<SimpleLock> again = locks.lock(job);
        assertThat(again).as("free again once released").isPresent();
        again.orElseThrow().unlock();
    }

    @Test
    void aLockHeldAtLeastForAnIntervalIsRefusedEvenAfterItsJobFinished() {
        LockConfiguration purge = new LockConfiguration(Instant.now(), "cluster-lock-test-interval",
                Duration.ofHours(1), Duration.ofHours(1));

        locks.lock(purge).orElseThrow().unlock();

        assertThat(locks.lock(purge)).as("the next turn within the interval is skipped").isEmpty();
    }
}
