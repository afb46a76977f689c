package jp.todoku.tickets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures, never asserts: the staff queue's service time with 10,000 tickets (each with a Japanese paste
 * of 1-4 KB). On H2 by default, on PostgreSQL (own schema, dropped afterwards) when TODOKU_TEST_POSTGRES_URL
 * is set. Run: ./mvnw test -Dtest=TicketQueueBenchmark -Dtodoku.bench=true
 */
@EnabledIfSystemProperty(named = "todoku.bench", matches = "true", disabledReason = "benchmark: run with -Dtodoku.bench=true")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource("classpath:tickets-test.properties")
@Import({TicketService.class, TicketsTestConfiguration.class})
class TicketQueueBenchmark {

    private static final String POSTGRES = System.getenv("TODOKU_TEST_POSTGRES_URL");
    private static final String SCHEMA = "tickets_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final int TICKETS = 10_000;

    @Autowired
    TicketService service;

    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (POSTGRES != null && !POSTGRES.isBlank()) {
            registry.add("spring.datasource.url", () -> POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.flyway.schemas", () -> SCHEMA);
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        if (POSTGRES != null && !POSTGRES.isBlank()) {
            try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void queueWithTenThousandTickets() {
        String[] reasons = {"userunknown", "mailboxfull", "blocked", "authfailure", "spamdetected", null};
        String[] providers = {"Google", "Microsoft", "Yahoo! JAPAN", "docomo", "au", null};
        Random random = new Random(7);
        long loadStart = System.nanoTime();
        long[] openNanos = new long[TICKETS];
        for (int i = 0; i < TICKETS; i++) {
            clock.set(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 2_000L));
            String paste = ("550 5.1.1 <user" + i + "@example.com>: 宛先のメールアドレスが存在しません。" + "送信できませんでした。")
                    .repeat(1 + random.nextInt(40));
            TicketDraft draft = TicketDraft.of("d" + (i % 300) + ".example.jp", Direction.SEND, LocalDate.of(2026, 1, 1),
                            Symptom.ERROR_MAIL, Scope.SOME, "c" + i + "@example.jp")
                    .withMessage(null, "s@example.jp", "r" + i + "@example.com", paste)
                    .withDiagnosis("{}", reasons[i % reasons.length], providers[i % providers.length]);
            long start = System.nanoTime();
            service.open(draft);
            openNanos[i] = System.nanoTime() - start;
        }
        System.out.printf("%s: opened %d tickets in %.1f s; open p50 %.2f ms, p99 %.2f ms%n", database(), TICKETS,
                (System.nanoTime() - loadStart) / 1e9, percentile(openNanos, 50), percentile(openNanos, 99));

        PageRequest firstPage = PageRequest.of(0, 25, Sort.by(Sort.Direction.DESC, "createdAt"));
        measure("queue, no filter", () -> service.queue(TicketQuery.all(), firstPage));
        measure("queue, status NEW", () -> service.queue(TicketQuery.all().withStatuses(Set.of(TicketStatus.NEW)), firstPage));
        measure("queue, reason + provider", () -> service.queue(TicketQuery.all().withReason("blocked")
                .withProvider("Microsoft"), firstPage));
        measure("queue, domain", () -> service.queue(TicketQuery.all().withDomain("d42.example.jp"), firstPage));
        measure("queue, text search, rare term", () -> service.queue(TicketQuery.all().withText("user4242@"), firstPage));
        measure("queue, text search, Japanese term in every paste",
                () -> service.queue(TicketQuery.all().withText("存在しません"), firstPage));
        measure("counts per status", () -> service.countsByStatus(TicketQuery.all()));
    }

    private void measure(String label, Supplier<?> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        int runs = 200;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        System.out.printf("%s: %s p50 %.2f ms, p99 %.2f ms (%d runs)%n", database(), label, percentile(nanos, 50),
                percentile(nanos, 99), runs);
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    private static String database() {
        return POSTGRES != null && !POSTGRES.isBlank() ? "PostgreSQL" : "H2";
    }
}
