package jp.todoku.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.todoku.testing.TestSwitches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 10 on PostgreSQL, in a fresh schema dropped afterwards. Needs TODOKU_TEST_POSTGRES_URL; skips without
 * it unless TODOKU_REQUIRE_POSTGRES=true.
 */
class PostgresCrashIT {

    @Test
    @Timeout(900)
    void everyAcknowledgedTicketAndReplySurvivesSigkill() throws Exception {
        String url = System.getenv("TODOKU_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_PASSWORD", "");
        if (url == null || url.isBlank()) {
            TestSwitches.skipOrFail(TestSwitches.REQUIRE_POSTGRES,
                    "TODOKU_TEST_POSTGRES_URL is not set, so the crash test did not run on PostgreSQL");
            return;
        }
        String schema = "todoku_crash_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            TestSwitches.skipOrFail(TestSwitches.REQUIRE_POSTGRES,
                    "PostgreSQL at " + url + " is not usable: " + unreachable.getMessage());
            return;
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            Map<String, String> environment = new HashMap<>(CrashTest.environment());
            environment.put("TODOKU_DB_URL", schemaUrl);
            environment.put("TODOKU_DB_USER", user);
            environment.put("TODOKU_DB_PASSWORD", password);
            CrashTest.run(CrashTest.freshDirectory("pg-"), environment, List.of("--spring.profiles.active=postgres"),
                    false, () -> DriverManager.getConnection(schemaUrl, user, password));
        } finally {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
