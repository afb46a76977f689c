package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import jp.todoku.TodokuApplication;
import jp.todoku.testing.Page;
import jp.todoku.testing.TestSwitches;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the real application with the {@code postgres} profile on a real PostgreSQL, in a fresh
 * schema created here and dropped afterwards: Flyway applies every migration, Hibernate validates
 * the entities against them, the first administrator is created and a sign-in stores its session.
 * Needs TODOKU_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test); skips without it
 * unless TODOKU_REQUIRE_POSTGRES=true.
 */
class PostgresMigrationTest {

    private static final String ADMIN_PASSWORD = "postgres-test-admin";

    private static String url;
    private static String user;
    private static String password;
    private static String schema;

    private static String unusable;

    @BeforeAll
    static void createSchema() {
        url = System.getenv("TODOKU_TEST_POSTGRES_URL");
        user = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_USER", "postgres");
        password = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_PASSWORD", "");
        if (url == null || url.isBlank()) {
            unusable = "TODOKU_TEST_POSTGRES_URL is not set, so the migrations were not tried on PostgreSQL";
            return;
        }
        String name = "todoku_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
            schema = name;
        } catch (SQLException unreachable) {
            unusable = "PostgreSQL at " + url + " is not usable: " + unreachable.getMessage();
        }
    }

    @BeforeEach
    void requirePostgres() {
        // Skipping here rather than in @BeforeAll makes Surefire report the test as skipped, with the reason.
        if (unusable != null) {
            TestSwitches.skipOrFail(TestSwitches.REQUIRE_POSTGRES, unusable);
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schema == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void theApplicationStartsMigratesValidatesAndKeepsSessionsOnPostgres() {
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        // Command-line arguments outrank the environment, so a TODOKU_DB_URL set on the machine cannot leak in.
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(TodokuApplication.class)
                .profiles("postgres")
                .run("--TODOKU_DB_URL=" + schemaUrl, "--TODOKU_DB_USER=" + user, "--TODOKU_DB_PASSWORD=" + password,
                        "--server.port=0", "--todoku.admin.password=" + ADMIN_PASSWORD)) {
            JdbcTemplate database = new JdbcTemplate(application.getBean(DataSource.class));

            assertThat(database.queryForObject("SELECT current_schema()", String.class)).isEqualTo(schema);
            assertThat(database.queryForObject("SELECT version() LIKE 'PostgreSQL%'", Boolean.class)).isTrue();
            assertThat(database.queryForObject(
                    "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL", Integer.class))
                    .isPositive();
            assertThat(database.queryForObject(
                    "SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class)).isZero();
            assertThat(database.queryForObject(
                    "SELECT data_type FROM information_schema.columns WHERE table_schema = ? "
                            + "AND table_name = 'staff_account' AND column_name = 'created_at'", String.class, schema))
                    .isEqualTo("timestamp with time zone");
            assertThat(database.queryForObject("SELECT role FROM staff_account WHERE username = 'admin'", String.class))
                    .isEqualTo("ADMIN");

            int port = Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
            Visitor admin = Visitor.at(port);
            Page signedIn = admin.signIn("admin", ADMIN_PASSWORD);
            assertThat(signedIn.location()).isEqualTo("/staff");
            assertThat(admin.get("/actuator/info").status()).isEqualTo(200);
            assertThat(database.queryForObject(
                    "SELECT count(*) FROM spring_session s JOIN spring_session_attributes a "
                            + "ON a.session_primary_id = s.primary_id WHERE s.principal_name = 'admin'", Integer.class))
                    .isPositive();
            assertThat(Visitor.at(port).get("/").status()).isEqualTo(200);

            // Customer self-service on PostgreSQL: a saved diagnosis link (V3), a feedback count, a ticket.
            Visitor customer = Visitor.at(port);
            Page paste = customer.get("/diagnose");
            Page saved = customer.submit(paste, "/d", Map.of("text", "550 5.1.1 <nobody@example.test> User unknown"));
            assertThat(saved.location()).startsWith("/d/");
            assertThat(customer.get(saved.location()).body()).contains("nobody@example.test");
            assertThat(customer.submit(paste, "/diagnose/feedback", Map.of("solved", "yes", "reason", "userunknown"))
                    .status()).isEqualTo(200);
            assertThat(database.queryForObject("SELECT count(*) FROM diagnosis_feedback WHERE solved", Integer.class))
                    .isEqualTo(1);
            Page ticket = customer.submit(customer.get("/tickets/new"), "/tickets", Map.of("domain", "example.test",
                    "direction", "SEND", "since", "2026-11-01", "symptom", "ERROR_MAIL", "scope", "ALL",
                    "contact", "someone@example.test", "errorText", "550 5.1.1 <nobody@example.test> User unknown"));
            assertThat(ticket.location()).startsWith("/status/TD-");
            assertThat(customer.get(ticket.location()).status()).isEqualTo(200);
            assertThat(database.queryForObject("SELECT primary_reason FROM ticket", String.class)).isEqualTo("userunknown");
            assertThat(admin.submit(admin.get("/"), "/staff/logout", Map.of()).location())
                    .isEqualTo("/staff/login?logout");
        }
    }
}
