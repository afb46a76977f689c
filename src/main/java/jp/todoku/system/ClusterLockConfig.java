package jp.todoku.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across all instances on one database (issue 10): each {@code @Scheduled}
 * method that must not run twice also carries {@code @SchedulerLock}, and only the instance that takes
 * the job's row in the {@code shedlock} table (V11__cluster_locks.sql) runs it; the others skip that turn.
 * On a single instance the lock is always free, so nothing changes there.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        // The database's clock decides who holds a lock, not each server's: two servers whose clocks
        // differ by a minute would otherwise both see a lock as expired.
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withDatabaseProduct(product(dataSource))
                .usingDbTime()
                .build());
    }

    private static DatabaseProduct product(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseProduct.matchProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Cannot tell which database holds the job locks", unreachable);
        }
    }
}
