package jp.todoku.selfservice;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures, never asserts: the diagnosis page's time (POST /diagnose over real HTTP on loopback, so it
 * includes parsing, the engine, the knowledge base and the Thymeleaf page) for every labelled corpus
 * message, and the time of opening a ticket through the form (diagnosis snapshot + commit + redirect).
 * Run: ./mvnw test -Dtest=SelfServiceBenchmark -Dtodoku.bench=true
 */
@EnabledIfSystemProperty(named = "todoku.bench", matches = "true", disabledReason = "benchmark: run with -Dtodoku.bench=true")
@TodokuWebTest
class SelfServiceBenchmark {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "labelled");
    private static final int TICKETS = 200;

    @LocalServerPort
    int port;

    @Autowired
    RateLimiter limiter;

    @Test
    void diagnosisPageAndTicketCreation() throws IOException {
        assumeThat(Files.isDirectory(CORPUS)).as("corpus at " + CORPUS.toAbsolutePath()).isTrue();
        List<String> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".eml")).sorted().toList()) {
                messages.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/diagnose");

        long[] warm = timeDiagnoses(visitor, form, messages);
        long[] measured = timeDiagnoses(visitor, form, messages);
        report("diagnosis page (warm pass)", measured);
        report("diagnosis page (first pass, JIT cold)", warm);

        Page ticketForm = visitor.get("/tickets/new");
        long[] tickets = new long[TICKETS];
        for (int index = 0; index < TICKETS; index++) {
            limiter.reset();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("domain", "shop-sakura.test");
            fields.put("direction", "SEND");
            fields.put("since", "2026-11-01");
            fields.put("symptom", "ERROR_MAIL");
            fields.put("scope", "SOME");
            fields.put("contact", "hanako@backup-mail.test");
            fields.put("errorText", messages.get(index % messages.size()));
            long start = System.nanoTime();
            Page created = visitor.submit(ticketForm, "/tickets", fields);
            tickets[index] = System.nanoTime() - start;
            if (created.status() != 302) {
                throw new AssertionError("ticket not created: " + created.status());
            }
        }
        report("ticket creation (POST /tickets with a corpus paste)", Arrays.copyOfRange(tickets, 20, TICKETS));
    }

    private long[] timeDiagnoses(Visitor visitor, Page form, List<String> messages) {
        long[] times = new long[messages.size()];
        for (int index = 0; index < messages.size(); index++) {
            limiter.reset();
            long start = System.nanoTime();
            Page page = visitor.submit(form, "/diagnose", Map.of("text", messages.get(index)));
            times[index] = System.nanoTime() - start;
            if (page.status() != 200 && page.status() != 400) {
                throw new AssertionError("message " + index + " answered " + page.status());
            }
        }
        return times;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH %s: n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
