package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search contract on a real PostgreSQL (own schema, dropped afterwards), plus the plans: with 20,000
 * tickets analysed, the default queue, a deep page, the tab counts and searches read no ticket table in
 * sequence. Runs when TODOKU_TEST_POSTGRES_URL is set (e.g. jdbc:postgresql://127.0.0.1:5432/test).
 */
@EnabledIfEnvironmentVariable(named = "TODOKU_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "PostgreSQL tests skipped: set TODOKU_TEST_POSTGRES_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test")
class TicketSearchPostgresTest extends TicketSearchContract {

    private static final String SCHEMA = "search_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String base = System.getenv("TODOKU_TEST_POSTGRES_URL");
        registry.add("spring.datasource.url", () -> base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", TicketSearchPostgresTest::user);
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    private static String user() {
        return System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_USER", "postgres");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv("TODOKU_TEST_POSTGRES_URL"), user(),
                System.getenv().getOrDefault("TODOKU_TEST_POSTGRES_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void noPlanReadsTheTicketTableInSequence() {
        // Plans depend on the table's size: 20,000 tickets, 1 % with 至急, each with its own address.
        jdbc.update("INSERT INTO ticket (reference_number, status, customer_domain, direction, symptom, affected_scope,"
                + " contact, token_hash, created_at, updated_at, primary_reason, search_text, search_grams, version)"
                + " SELECT 'TD-2020-' || lpad(n::text, 7, '0'), (ARRAY['NEW','IN_PROGRESS','WAITING_FOR_CUSTOMER',"
                + "'RESOLVED','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + n % 8], 'plan.example.jp', 'SEND', 'ERROR_MAIL',"
                + " 'ALL', 'user' || n || '@plan.example.jp', md5(n::text), timestamptz '2020-01-01' + n * interval '1 hour',"
                + " timestamptz '2020-01-01' + n * interval '1 hour', 'userunknown',"
                + " 'user' || n || '@plan.example.jp 550 user unknown ' || CASE WHEN n % 100 = 0 THEN '至急' ELSE 'ご確認' END"
                + " || repeat(' the mail system at host mx.example.jp', 20),"
                + " 'user' || n || ' plan example jp 550 unknown the mail system at host mx ' || CASE WHEN n % 100 = 0"
                + " THEN '至 急 至急' ELSE 'ご 確 認 ご確 確認' END, 0 FROM generate_series(1, 20000) AS n");
        jdbc.execute("VACUUM ANALYZE ticket");
        Sort newest = Sort.by(Sort.Direction.DESC, "createdAt");
        TicketQuery all = TicketQuery.all();

        assertNoSequentialScan(TicketFinder.pageStatement(all, PageRequest.of(0, 25, newest), TicketDatabase.POSTGRESQL));
        assertNoSequentialScan(TicketFinder.pageStatement(all, PageRequest.of(600, 25, newest), TicketDatabase.POSTGRESQL));
        assertNoSequentialScan(TicketFinder.pageStatement(all.withStatuses(java.util.Set.of(TicketStatus.NEW)),
                PageRequest.of(0, 25, newest), TicketDatabase.POSTGRESQL));
        assertNoSequentialScan(TicketFinder.countStatement(all, TicketDatabase.POSTGRESQL));
        for (String term : new String[] {"至急", "user4242@plan", "zzqqxxvvnone"}) {
            assertNoSequentialScan(TicketFinder.pageStatement(all.withText(term), PageRequest.of(0, 25, newest),
                    TicketDatabase.POSTGRESQL));
            assertNoSequentialScan(TicketFinder.countStatement(all.withText(term), TicketDatabase.POSTGRESQL));
        }
        // A rare term (counted in full) reads its page from the search index, not newest first through every ticket.
        for (String term : new String[] {"user4242@plan", "zzqqxxvvnone", "user4242"}) {
            QueueSql few = TicketFinder.pageStatement(all.withText(term), PageRequest.of(0, 25, newest),
                    TicketDatabase.POSTGRESQL, true);
            assertNoSequentialScan(few);
            assertThat(plan(few)).as(few.where()).contains("ticket_search_grams");
        }
        assertThat(service.queue(all.withText("至急").withDomain("plan.example.jp"), PageRequest.of(0, 25, newest))
                .getContent()).hasSize(25).extracting(TicketSummary::reference).startsWith("TD-2020-0020000");
        assertThat(service.queue(all.withText("user4242@plan"), PageRequest.of(0, 25, newest)).getContent())
                .extracting(TicketSummary::reference).containsExactly("TD-2020-0004242");
    }

    private void assertNoSequentialScan(QueueSql statement) {
        assertThat(plan(statement)).as(statement.where()).doesNotContain("Seq Scan on ticket");
    }

    private String plan(QueueSql statement) {
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + statement.where())) {
                for (int index = 0; index < statement.parameters().size(); index++) {
                    explain.setObject(index + 1, statement.parameters().get(index));
                }
                StringJoiner lines = new StringJoiner("\n");
                try (ResultSet result = explain.executeQuery()) {
                    while (result.next()) {
                        lines.add(result.getString(1));
                    }
                }
                return lines.toString();
            }
        });
    }
}
