package jp.todoku.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.todoku.TodokuApplication;
import jp.todoku.testing.Page;
import jp.todoku.testing.TestSwitches;
import jp.todoku.testing.Visitor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 10: two instances of the whole application on one new PostgreSQL database, started at the same
 * moment, behave as one: both come up; a sign-in on A is valid on B; concurrent edits of one ticket
 * from A and B leave one change and a conflict, never a silent overwrite; the purge runs once.
 * Needs TODOKU_TEST_POSTGRES_URL (skips without it unless TODOKU_REQUIRE_POSTGRES=true); the database
 * it creates is dropped afterwards.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ClusterPostgresTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "cluster-test-password";
    private static final List<String> PURGES = List.of("purge-saved-diagnoses", "purge-saved-headers");
    /** The purging beans (selfservice.SavedDiagnoses and SavedHeaders) and their job lock names. */
    private static final Map<String, String> PURGE_BEANS = Map.of("savedDiagnoses", "purge-saved-diagnoses",
            "savedHeaders", "purge-saved-headers");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final String CONFLICT_JA = "ほかの担当者がたった今変更しました";

    /** Locks taken, per lock name, summed over both contexts. */
    private static final Map<String, AtomicInteger> LOCKS_TAKEN = new ConcurrentHashMap<>();
    /** Purges that really ran (past the lock), per lock name, summed over both contexts. */
    private static final Map<String, AtomicInteger> PURGES_RUN = new ConcurrentHashMap<>();

    private static String adminUrl;
    private static String user;
    private static String password;
    private static String database;
    private static String databaseUrl;
    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static long startedAt;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        adminUrl = System.getenv("TODOKU_TEST_POSTGRES_URL");
        user = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_USER", "postgres");
        password = System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_PASSWORD", "");
        if (adminUrl == null || adminUrl.isBlank()) {
            TestSwitches.skipOrFail(TestSwitches.REQUIRE_POSTGRES,
                    "TODOKU_TEST_POSTGRES_URL is not set, so the two-instance test did not run on PostgreSQL");
        }
        database = "todoku_cluster_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException unreachable) {
            TestSwitches.skipOrFail(TestSwitches.REQUIRE_POSTGRES,
                    "PostgreSQL at " + adminUrl + " is not usable: " + unreachable.getMessage());
        }
        databaseUrl = adminUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            Future<ConfigurableApplicationContext> a = starters.submit(() -> start(together));
            Future<ConfigurableApplicationContext> b = starters.submit(() -> start(together));
            // Both are awaited before either failure is thrown, so a context that did start gets closed.
            List<Throwable> failures = new ArrayList<>();
            instanceA = awaitStart(a, failures);
            instanceB = awaitStart(b, failures);
            startedAt = System.nanoTime();
            if (!failures.isEmpty()) {
                throw new AssertionError("an instance failed to start beside the other", failures.get(0));
            }
        } finally {
            starters.shutdownNow();
        }
    }

    @AfterAll
    static void stopAndDropTheDatabase() throws SQLException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {instanceA, instanceB}) {
            if (context != null) {
                context.close();
            }
        }
        if (database != null && adminUrl != null) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void bothInstancesCameUpOnOneNewDatabaseWithOneAdministratorAndEveryMigrationOnce() {
        assertThat(instanceA.isActive()).isTrue();
        assertThat(instanceB.isActive()).isTrue();
        assertThat(port(instanceA)).isNotEqualTo(port(instanceB));
        JdbcTemplate jdbc = jdbc();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_account WHERE role = 'ADMIN'", Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL",
                Integer.class)).isEqualTo(jdbc.queryForObject(
                "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL", Integer.class));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version = '11'",
                Integer.class)).isOne();
        assertThat(Visitor.at(port(instanceB)).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aSignInOnInstanceAIsValidOnInstanceB() {
        Visitor onA = Visitor.at(port(instanceA));
        Page signedIn = onA.signIn(ADMIN, PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).isEqualTo("/staff");
        Browser session = Browser.after(onA);

        Page queueOnB = session.send(port(instanceB), "/staff", null);
        assertThat(queueOnB.status()).as("B knows A's session").isEqualTo(200);
        assertThat(queueOnB.body()).contains("/staff/logout");
        assertThat(new Browser().send(port(instanceB), "/staff", null).status())
                .as("without the cookie B sends to the sign-in page").isEqualTo(302);
    }

    @Test
    void concurrentEditsOfOneTicketOnBothInstancesGiveOneChangeAndOneConflict() throws Exception {
        Visitor onA = Visitor.at(port(instanceA));
        assertThat(onA.signIn(ADMIN, PASSWORD).status()).isEqualTo(302);
        Browser session = Browser.after(onA);
        String reference = openTicket(port(instanceA));
        String path = "/staff/tickets/" + reference;

        for (int round = 0; round < 3; round++) {
            Page pageA = session.send(port(instanceA), path, null);
            Page pageB = session.send(port(instanceB), path, null);
            String version = group(VERSION, pageA.body());
            assertThat(group(VERSION, pageB.body())).as("both show the same version").isEqualTo(version);
            String noteA = "note from A, round " + round;
            String noteB = "note from B, round " + round;

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService editors = Executors.newFixedThreadPool(2);
            try {
                Future<Page> fromA = editors.submit(() -> {
                    together.await();
                    return session.send(port(instanceA), path + "/note", Map.of("version", version, "text", noteA,
                            "_csrf", pageA.requireCsrfToken()));
                });
                Future<Page> fromB = editors.submit(() -> {
                    together.await();
                    return session.send(port(instanceB), path + "/note", Map.of("version", version, "text", noteB,
                            "_csrf", pageB.requireCsrfToken()));
                });
                Page answerA = fromA.get(60, TimeUnit.SECONDS);
                Page answerB = fromB.get(60, TimeUnit.SECONDS);
                List<Integer> statuses = List.of(answerA.status(), answerB.status());
                assertThat(statuses).as("round " + round + ": one saved (302), one conflict (409)")
                        .containsExactlyInAnyOrder(302, 409);
                Page loser = answerA.status() == 409 ? answerA : answerB;
                assertThat(loser.body()).contains(CONFLICT_JA);

                String after = session.send(port(instanceB), path, null).body();
                boolean savedA = answerA.status() == 302;
                assertThat(after).contains(savedA ? noteA : noteB).doesNotContain(savedA ? noteB : noteA);
                assertThat(group(VERSION, after)).isNotEqualTo(version);
            } finally {
                editors.shutdownNow();
            }
        }

        // And without a race: B acts on the page it showed before A's change.
        Page stale = session.send(port(instanceB), path, null);
        Page current = session.send(port(instanceA), path, null);
        assertThat(session.send(port(instanceA), path + "/status", Map.of("version", group(VERSION, current.body()),
                "status", "IN_PROGRESS", "_csrf", current.requireCsrfToken())).status()).isEqualTo(302);
        Page conflict = session.send(port(instanceB), path + "/status", Map.of("version",
                group(VERSION, stale.body()), "status", "RESOLVED", "_csrf", stale.requireCsrfToken()));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains(CONFLICT_JA);
        assertThat(jdbc().queryForObject("SELECT status FROM ticket WHERE reference_number = ?", String.class,
                reference)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void thePurgeRunsOnceAcrossBothInstances() throws Exception {
        // Both instances fire their purges 3 s after they started (see arguments()); the first one to
        // take the lock holds it for the whole hour-long interval, so the other skips its turn.
        long deadline = startedAt + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !PURGES.stream().allMatch(name -> count(PURGES_RUN, name) > 0)) {
            Thread.sleep(200);
        }
        Thread.sleep(Duration.ofSeconds(8).toMillis()); // time for a second run, if there were one
        for (String purge : PURGES) {
            assertThat(count(PURGES_RUN, purge)).as(purge + " runs across both instances").isOne();
            assertThat(count(LOCKS_TAKEN, purge)).as(purge + " lock taken").isOne();
        }
        // The mail jobs go through their locks too (they run often and find nothing to do here).
        assertThat(count(LOCKS_TAKEN, "mail-outbox-sender")).isPositive();
        assertThat(count(LOCKS_TAKEN, "mail-mailbox-reader")).isPositive();
        List<String> lockRows = jdbc().queryForList(
                "SELECT name FROM shedlock WHERE lock_until > timezone('utc', CURRENT_TIMESTAMP)", String.class);
        assertThat(lockRows).as("each purge holds its lock for the interval").containsAll(PURGES);
    }

    private static int count(Map<String, AtomicInteger> counts, String name) {
        AtomicInteger count = counts.get(name);
        return count == null ? 0 : count.get();
    }

    private static ConfigurableApplicationContext start(CyclicBarrier together) throws Exception {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(TodokuApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("clusterTestExcludes", new MainClassesOnly());
                    context.getBeanFactory().addBeanPostProcessor(new CountingLocks());
                    context.addApplicationListener(new CountingPurges());
                });
        together.await(60, TimeUnit.SECONDS);
        return builder.run(arguments());
    }

    private static ConfigurableApplicationContext awaitStart(Future<ConfigurableApplicationContext> start,
                                                             List<Throwable> failures) throws InterruptedException {
        try {
            return start.get(10, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException failed) {
            failures.add(failed.getCause() == null ? failed : failed.getCause());
            return null;
        }
    }

    private static String[] arguments() {
        return new String[] {
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + databaseUrl,
            "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password,
            "--server.port=0",
            "--todoku.admin.username=" + ADMIN,
            "--todoku.admin.password=" + PASSWORD,
            "--todoku.diagnosis.purge-initial-delay=PT3S",
            "--todoku.mail.send-interval=2s",
            "--todoku.mail.imap.poll-interval=2s",
            "--spring.main.banner-mode=off",
        };
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(databaseUrl, user, password));
    }

    private static String openTicket(int port) throws IOException, InterruptedException {
        String body = "{\"domain\":\"example.test\",\"direction\":\"SEND\",\"symptom\":\"ERROR_MAIL\",\"scope\":\"ALL\","
                + "\"contact\":\"cluster@example.jp\",\"errorText\":\"550 5.1.1 <x@example.test>: User unknown\"}";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return group(REFERENCE, created.body());
    }

    /**
     * One browser behind a load balancer: the same cookies (session, CSRF token) whichever instance answers.
     * GET, or a form POST when fields are given.
     */
    static final class Browser {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        static Browser after(Visitor visitor) {
            Browser browser = new Browser();
            for (String name : List.of("SESSION", "TODOKU-CSRF")) {
                visitor.cookie(name).ifPresent(value -> browser.cookies.put(name, value));
            }
            return browser;
        }

        Page send(int port, String path, Map<String, String> form) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").header("Accept-Language", "ja");
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; ")));
            }
            if (form == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&"))));
            }
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                for (String set : response.headers().allValues("Set-Cookie")) {
                    String[] pair = set.split(";", 2)[0].split("=", 2);
                    if (pair.length == 2 && !pair[1].isEmpty() && !set.contains("Max-Age=0")) {
                        cookies.put(pair[0].strip(), pair[1].strip());
                    } else {
                        cookies.remove(pair[0].strip());
                    }
                }
                return new Page(response.statusCode(), response.headers(), response.body());
            } catch (IOException | InterruptedException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    /** Keeps the test sources' beans (test controllers, @TestConfiguration) out of these plain application starts. */
    static final class MainClassesOnly extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            try {
                return reader.getResource().getURL().toString().contains("/test-classes/");
            } catch (IOException unknown) {
                return false;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainClassesOnly;
        }

        @Override
        public int hashCode() {
            return MainClassesOnly.class.hashCode();
        }
    }

    /**
     * Once the context is refreshed (the purges first fire seconds later), appends a counter to the end of
     * each purging bean's advice chain: it sees only the calls that the lock let through.
     */
    static final class CountingPurges implements ApplicationListener<ContextRefreshedEvent> {
        @Override
        public void onApplicationEvent(ContextRefreshedEvent refreshed) {
            PURGE_BEANS.forEach((bean, lock) -> {
                NameMatchMethodPointcutAdvisor counter = new NameMatchMethodPointcutAdvisor(
                        (MethodInterceptor) call -> {
                            PURGES_RUN.computeIfAbsent(lock, name -> new AtomicInteger()).incrementAndGet();
                            return call.proceed();
                        });
                counter.setMappedName("scheduledPurge");
                ((Advised) refreshed.getApplicationContext().getBean(bean)).addAdvisor(counter);
            });
        }
    }

    /** Wraps the application's lock provider to count every lock taken, i.e. every real run of a locked job. */
    static final class CountingLocks implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof LockProvider locks) {
                return (LockProvider) configuration -> count(locks.lock(configuration), configuration);
            }
            return bean;
        }

        private static Optional<SimpleLock> count(Optional<SimpleLock> lock, LockConfiguration configuration) {
            lock.ifPresent(taken -> LOCKS_TAKEN.computeIfAbsent(configuration.getName(), name -> new AtomicInteger())
                    .incrementAndGet());
            return lock;
        }
    }
}
