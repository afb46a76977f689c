package jp.todoku.selfservice;

import java.util.Arrays;
import jp.todoku.testing.Page;
import jp.todoku.testing.TestDns;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures, never asserts: the DNS check page's time (GET /dns over real HTTP on loopback, against the
 * UDP test DNS server of {@link TestDns}: the engine's queries, the page and the rate limiter), for a
 * recipient check (MX + hosts + canary), a sender check (SPF, DMARC, 12 DKIM selectors + canary) and a
 * sending server check (PTR, forward confirmation, 3 blocklists with their test entries).
 * Run: ./mvnw test -Dtest=DnsPageBenchmark -Dtodoku.bench=true
 */
@EnabledIfSystemProperty(named = "todoku.bench", matches = "true", disabledReason = "benchmark: run with -Dtodoku.bench=true")
@TodokuWebTest
class DnsPageBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @LocalServerPort
    int port;

    @Autowired
    RateLimiter limiter;

    @Test
    void dnsCheckPage() {
        Visitor visitor = Visitor.at(port);
        for (String path : new String[] {"/dns?kind=recipient&domain=" + TestDns.MAIL_DOMAIN,
                "/dns?kind=recipient&domain=" + TestDns.MISSING_DOMAIN,
                "/dns?kind=sender&domain=" + TestDns.SENDER_DOMAIN,
                "/dns?kind=server&address=" + TestDns.SERVER_ADDRESS}) {
            time(visitor, path, WARM_UP);
            report(path, time(visitor, path, MEASURED));
        }
    }

    private long[] time(Visitor visitor, String path, int count) {
        long[] times = new long[count];
        for (int index = 0; index < count; index++) {
            limiter.reset();
            long start = System.nanoTime();
            Page page = visitor.get(path);
            times[index] = System.nanoTime() - start;
            if (page.status() != 200) {
                throw new AssertionError(path + " answered " + page.status());
            }
        }
        return times;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH GET %s: n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
