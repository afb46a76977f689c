package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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

/**
 * Two instances of the application (two Spring contexts on random ports, profile {@code postgres}) on ONE new
 * PostgreSQL database, as behind a load balancer: a client's rate limit is counted once across both, not once
 * per instance, and the sign-in throttle and the failed-sign-in notice are shared. Needs
 * TODOKU_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test); skips without it unless
 * TODOKU_REQUIRE_POSTGRES=true. The database is created here and dropped afterwards.
 */
class SharedLimitsPostgresTest {

    private static final String ADMIN_PASSWORD = "shared-limits-admin";
    private static final int DIAGNOSES_PER_MINUTE = 10;
    private static final int PAIR_FREE = SignInThrottle.PAIR_FREE;

    private static String baseUrl;
    private static String user;
    private static String password;
    private static String database;
    private static String unusable;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        baseUrl = System.getenv("TODOKU_TEST_POSTGRES_URL");
        user = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_USER", "postgres");
        password = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_PASSWORD", "");
        if (baseUrl == null || baseUrl.isBlank()) {
            unusable = "TODOKU_TEST_POSTGRES_URL is not set, so limits shared by two instances were not tried on PostgreSQL";
            return;
        }
        String name = "todoku_limits_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            database = name;
        } catch (SQLException unreachable) {
            unusable = "PostgreSQL at " + baseUrl + " is not usable: " + unreachable.getMessage();
            return;
        }
        // One after the other: start-up races between instances (the first administrator) are another test's.
        first = start();
        second = start();
    }

    private static ConfigurableApplicationContext start() {
        // Command-line arguments outrank the environment, so a TODOKU_DB_URL set on the machine cannot leak in.
        return new SpringApplicationBuilder(TodokuApplication.class).profiles("postgres").run(
                "--TODOKU_DB_URL=" + databaseUrl(), "--TODOKU_DB_USER=" + user, "--TODOKU_DB_PASSWORD=" + password,
                "--server.port=0", "--todoku.admin.password=" + ADMIN_PASSWORD,
                // As behind the load balancer: it is the trusted proxy and names the client.
                "--todoku.trusted-proxies=127.0.0.1",
                "--todoku.rate-limit.diagnoses-per-minute=" + DIAGNOSES_PER_MINUTE);
    }

    /** The base URL with its database replaced by the one made here (query parameters kept). */
    private static String databaseUrl() {
        int query = baseUrl.indexOf('?');
        String path = query < 0 ? baseUrl : baseUrl.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + database + (query < 0 ? "" : baseUrl.substring(query));
    }

    @BeforeEach
    void requirePostgres() {
        if (unusable != null) {
            TestSwitches.skipOrFail(TestSwitches.REQUIRE_POSTGRES, unusable);
        }
    }

    @AfterAll
    static void stopAndDrop() throws SQLException {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Test
    void bothInstancesCountTheRateLimitStoreInTheDatabase() {
        assertThat(first.getEnvironment().getProperty("todoku.rate-limit.store")).isEqualTo("database");
        assertThat(second.getEnvironment().getProperty("todoku.rate-limit.store")).isEqualTo("database");
    }

    @Test
    void oneClientGetsItsLimitOnceAcrossBothInstances() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int[] allowed = new int[2];
        int[] refused = new int[2];
        List<Integer> ports = List.of(port(first), port(second));
        for (int request = 0; request < DIAGNOSES_PER_MINUTE * 3; request++) {
            int instance = request % 2;
            int status = diagnose(http, ports.get(instance), "192.0.2.50");
            if (status == 200) {
                allowed[instance]++;
            } else {
                assertThat(status).isEqualTo(429);
                refused[instance]++;
            }
        }
        // The bucket refills 10 a minute: the few seconds of this loop may add one.
        assertThat(allowed[0] + allowed[1]).as("allowed on A + B").isBetween(DIAGNOSES_PER_MINUTE, DIAGNOSES_PER_MINUTE + 1);
        assertThat(allowed[0]).as("A served its share").isPositive();
        assertThat(allowed[1]).as("B served its share").isPositive();
        assertThat(refused[0]).as("A refused once the shared bucket was empty").isPositive();
        assertThat(refused[1]).as("B refused once the shared bucket was empty").isPositive();
        assertThat(diagnose(http, ports.get(1), "192.0.2.51")).as("another client has its own bucket").isEqualTo(200);
    }

    @Test
    void theSignInThrottleAndTheFailedSignInNoticeAreShared() {
        Visitor attackerOnA = Visitor.at(port(first)).from("198.51.100.9");
        Visitor attackerOnB = Visitor.at(port(second)).from("198.51.100.9");
        for (int attempt = 0; attempt < PAIR_FREE; attempt++) {
            Visitor attacker = attempt % 2 == 0 ? attackerOnA : attackerOnB;
            assertThat(attacker.signIn("admin", "guess-" + attempt).location()).isEqualTo("/staff/login?error");
        }
        assertThat(attackerOnA.signIn("admin", ADMIN_PASSWORD).location()).as("held back on A").isEqualTo("/staff/login?wait");
        assertThat(attackerOnB.signIn("admin", ADMIN_PASSWORD).location()).as("held back on B").isEqualTo("/staff/login?wait");

        Visitor owner = Visitor.at(port(second)).from("203.0.113.9").speaking("en");
        assertThat(owner.signIn("admin", ADMIN_PASSWORD).location()).as("the owner from elsewhere").isEqualTo("/staff");
        Page queue = owner.get("/staff");
        assertThat(queue.body()).contains("a wrong password was given for your user name " + PAIR_FREE + " time(s)");
        Visitor ownerOnA = Visitor.at(port(first)).from("203.0.113.9");
        assertThat(ownerOnA.signIn("admin", ADMIN_PASSWORD).location()).isEqualTo("/staff");
        assertThat(ownerOnA.get("/staff").body()).as("told once, on either instance").doesNotContain("failed-sign-ins");
    }

    private static int diagnose(HttpClient http, int port, String client) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/diagnoses"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("550 5.1.1 <nobody@example.test>: User unknown"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
