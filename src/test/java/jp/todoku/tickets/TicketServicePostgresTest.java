package jp.todoku.tickets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tickets contract on a real PostgreSQL, in a schema of its own that Flyway creates and this
 * test drops. Runs when TODOKU_TEST_POSTGRES_URL is set (e.g. jdbc:postgresql://127.0.0.1:5432/test);
 * user and password come from TODOKU_TEST_POSTGRES_USER (default postgres) and TODOKU_TEST_POSTGRES_PASSWORD.
 */
@EnabledIfEnvironmentVariable(named = "TODOKU_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "PostgreSQL tests skipped: set TODOKU_TEST_POSTGRES_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test")
class TicketServicePostgresTest extends TicketServiceContract {

    private static final String SCHEMA = "tickets_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    private static String url() {
        String base = System.getenv("TODOKU_TEST_POSTGRES_URL");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static String user() {
        String user = System.getenv("TODOKU_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("TODOKU_TEST_POSTGRES_PASSWORD");
        return password == null ? "" : password;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TicketServicePostgresTest::url);
        registry.add("spring.datasource.username", TicketServicePostgresTest::user);
        registry.add("spring.datasource.password", TicketServicePostgresTest::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv("TODOKU_TEST_POSTGRES_URL"), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
