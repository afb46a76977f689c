package jp.todoku.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import jp.todoku.tickets.TicketDraft;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures, never asserts: the staff queue page (/staff, HTML over real HTTP on localhost, signed in)
 * with 10,000 tickets in the database, each with a Japanese paste of 1-4 KB and a snapshot. Prints p50
 * and p99 per kind of request. Run:
 * ./mvnw test -Dtest=QueuePageBenchmark -Dtodoku.bench=true
 */
@EnabledIfSystemProperty(named = "todoku.bench", matches = "true", disabledReason = "benchmark: run with -Dtodoku.bench=true")
@TodokuWebTest
class QueuePageBenchmark {

    private static final int TICKETS = 10_000;
    private static final int WARMUP = 30;
    private static final int ROUNDS = 200;

    @LocalServerPort
    int port;

    @Autowired
    TicketService tickets;

    @Test
    void queuePageWithTenThousandTickets() {
        String[] reasons = {"userunknown", "mailboxfull", "blocked", "authfailure", "spamdetected", null};
        String[] providers = {"Google", "Microsoft", "Yahoo! JAPAN", "docomo", "au", null};
        String[] words = {"宛先", "容量", "拒否", "迷惑メール", "認証", "タイムアウト", "メールボックス", "送信", "受信"};
        Random random = new Random(11);
        long loadStart = System.nanoTime();
        for (int i = 0; i < TICKETS; i++) {
            StringBuilder paste = new StringBuilder();
            int length = 1000 + random.nextInt(3000);
            while (paste.length() < length) {
                paste.append(words[random.nextInt(words.length)]).append(" 550 5.1.1 <user").append(i).append("@example.jp> ");
            }
            String domain = "domain" + (i % 300) + ".example.jp";
            tickets.open(TicketDraft.of(domain, Direction.SEND, null, Symptom.ERROR_MAIL, Scope.SOME, "c@" + domain)
                    .withMessage(null, null, null, paste.toString())
                    .withDiagnosis(TestTickets.SNAPSHOT, reasons[random.nextInt(reasons.length)],
                            providers[random.nextInt(providers.length)]));
        }
        System.out.printf("loaded %,d tickets in %.1f s%n", TICKETS, (System.nanoTime() - loadStart) / 1e9);

        Visitor staff = Visitor.at(port);
        staff.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("default (newest first, page 1)", "/staff");
        requests.put("status=NEW", "/staff?status=NEW");
        requests.put("reason+provider", "/staff?reason=blocked&provider=Microsoft");
        requests.put("domain", "/staff?domain=domain42.example.jp");
        requests.put("page 200", "/staff?page=200");
        requests.put("sort by domain asc", "/staff?sort=domain&direction=asc");
        requests.put("text search (Japanese)", "/staff?q=" + URLEncoder.encode("迷惑メール", StandardCharsets.UTF_8));
        requests.put("text search (no hit)", "/staff?q=" + URLEncoder.encode("存在しない語句", StandardCharsets.UTF_8));
        requests.forEach((name, path) -> measure(staff, name, path));
    }

    private static void measure(Visitor staff, String name, String path) {
        for (int i = 0; i < WARMUP; i++) {
            staff.get(path);
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            Page page = staff.get(path);
            nanos[i] = System.nanoTime() - start;
            if (page.status() != 200) {
                throw new IllegalStateException(path + " answered " + page.status());
            }
        }
        Arrays.sort(nanos);
        System.out.printf("queue page %-32s p50 %6.1f ms  p99 %6.1f ms  (n=%d)%n", name, nanos[ROUNDS / 2] / 1e6,
                nanos[(int) Math.ceil(ROUNDS * 0.99) - 1] / 1e6, ROUNDS);
    }
}
