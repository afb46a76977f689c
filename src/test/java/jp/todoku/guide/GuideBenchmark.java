package jp.todoku.guide;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, never asserts: time for one full questionnaire walk (12 answers to the outcome) through the
 * flat map, as a page request does. Run: ./mvnw test -Dtest=GuideBenchmark -Dtodoku.bench=true
 */
@EnabledIfSystemProperty(named = "todoku.bench", matches = "true", disabledReason = "benchmark: run with -Dtodoku.bench=true")
class GuideBenchmark {

    @Test
    void fullWalk() {
        Guide guide = GuideWalk.GUIDE;
        Map<String, String> flat = new LinkedHashMap<>();
        flat.put("direction", "SEND");
        flat.put("domain", "Info@Example.CO.JP");
        flat.put("since", "2026/11/20");
        flat.put("scope", "SOME");
        flat.put("symptom", "CANNOT_SEND");
        flat.put("send.receive-works", "YES");
        flat.put("client", "OUTLOOK");
        flat.put("send.port", "25");
        flat.put("send.authentication", "SMTP_AUTH");
        flat.put("send.abroad", "YES");
        flat.put("connection.wrong-password", "NO");
        flat.put("client.error-shown", "YES");
        for (int i = 0; i < 50_000; i++) {
            guide.next(guide.answersFrom(flat));
        }
        int runs = 100_000;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            guide.next(guide.answersFrom(flat));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("guide full walk: p50 %.1f us, p99 %.1f us over %d runs%n",
                nanos[runs / 2] / 1000.0, nanos[runs * 99 / 100] / 1000.0, runs);
        long loadStart = System.nanoTime();
        Questionnaire.bundled();
        System.out.printf("questionnaire load and check: %.1f ms%n", (System.nanoTime() - loadStart) / 1e6);
    }
}
