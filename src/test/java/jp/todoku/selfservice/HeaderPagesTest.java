package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The header page, its saved links and the ticket it can carry, over real HTTP. */
@TodokuWebTest
class HeaderPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    RateLimiter limiter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketIntake intake;

    @BeforeEach
    @AfterEach
    void freshBuckets() {
        limiter.reset();
    }

    @Test
    void theFormComesWithTheQuestionnairesSituation() {
        Page page = Visitor.at(port).get("/headers?situation=late");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"headers-form\"").contains("name=\"_csrf\"")
                .contains(html("selfservice.headers.situation.late", Locale.JAPANESE))
                .doesNotContain("id=\"header-report\"");
        assertThat(Visitor.at(port).get("/headers?situation=%3Cb%3E").body()).doesNotContain("id=\"header-situation\"");
    }

    @Test
    void theQuestionnairesLateMailBranchLeadsHereWithTheAnswers() {
        Page outcome = Visitor.at(port).get("/guide?direction=SEND&domain=example.co.jp&since=2026-11-20&scope=SOME"
                + "&symptom=DELAYED&send.recipient=OTHER&send.bulk=NO&delay.notice=NO");

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).contains("id=\"to-headers-late\"").contains("href=\"/headers?situation=late&amp;guideAnswers=");
    }

    @Test
    void gmailHeadersShowTheRouteTheSlowestHopAndTheVerdictsInJapanese() {
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/headers");

        Page result = visitor.submit(form, "/headers", Map.of("text", fixture("gmail-source.txt")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("id=\"header-timeline\"").contains("<svg")
                .contains("timeline__bar--slowest").contains("id=\"hop-4\"")
                .contains(html("selfservice.headers.cause.retry", Locale.JAPANESE))
                .contains("2026-12-03 21:42:08")
                .contains("id=\"verdict-dmarc\" data-verdict=\"pass\"")
                .contains("お知らせ")
                .contains("href=\"/dns?kind=sender&amp;domain=shop.example.co.jp\"");
    }

    @Test
    void outlookHeadersInEnglishExplainTheJunkVerdict() {
        Visitor visitor = Visitor.at(port).speaking("en");
        Page form = visitor.get("/headers");

        Page result = visitor.submit(form, "/headers", Map.of("text", fixture("outlook-internet-headers.txt")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains(html("selfservice.headers.spam.scl-spam", Locale.ENGLISH))
                .contains(html("selfservice.headers.spam.cat-spoof", Locale.ENGLISH))
                .contains("id=\"verdict-spf\" data-verdict=\"softfail\"")
                .contains("2026-12-03 03:31:38");
    }

    @Test
    void hostileTextIsEscaped() {
        Visitor visitor = Visitor.at(port);
        String hostile = "Received: from a.example.net by <script>alert(1)</script> with SMTP; Thu, 3 Dec 2026 10:00:00 +0900\n"
                + "Subject: <img src=x onerror=alert(2)>\n";

        Page result = visitor.submit(visitor.get("/headers"), "/headers", Map.of("text", hostile));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void nothingUsableIsAPoliteErrorNotA500() {
        Visitor visitor = Visitor.at(port).speaking("en");
        Page form = visitor.get("/headers");

        Page empty = visitor.submit(form, "/headers", Map.of("text", ""));
        Page prose = visitor.submit(form, "/headers", Map.of("text", "my mail is late, please help"));
        Page large = visitor.submit(form, "/headers", Map.of("text", "Received: x\n".repeat(200_000)));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains(html("selfservice.headers.problem.empty", Locale.ENGLISH));
        assertThat(prose.status()).isEqualTo(400);
        assertThat(prose.body()).contains(html("selfservice.headers.problem.no-headers", Locale.ENGLISH))
                .contains("my mail is late, please help");
        assertThat(large.status()).isEqualTo(413);
    }

    @Test
    void withoutCsrfNothingIsAnalysed() {
        Page refused = Visitor.at(port).post("/headers", Map.of("text", fixture("gmail-source.txt")));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aSavedLinkKeepsTheHeadersButNotTheBody() {
        Visitor visitor = Visitor.at(port);
        Page result = visitor.submit(visitor.get("/headers"), "/headers", Map.of("text", fixture("gmail-source.txt")));

        Page saved = visitor.submit(result, "/headers/save", Map.of("text", fixture("gmail-source.txt")));

        assertThat(saved.status()).isEqualTo(302);
        String id = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        String kept = jdbc.sql("SELECT header_text FROM header_record WHERE permalink_id = ?").param(id)
                .query(String.class).single();
        assertThat(kept).contains("Received: from mail.shop.example.co.jp").doesNotContain("本文です");
        Page again = visitor.get("/h/" + id);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"header-saved\"").contains("timeline__bar--slowest");
        assertThat(visitor.get("/h/AAAAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
    }

    @Test
    void analysingKeepsNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM header_record").query(Long.class).single();
        Visitor visitor = Visitor.at(port);

        visitor.submit(visitor.get("/headers"), "/headers", Map.of("text", fixture("thunderbird-source.eml")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM header_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theTicketFormCarriesTheHeaders() {
        Visitor visitor = Visitor.at(port);
        Page result = visitor.submit(visitor.get("/headers"), "/headers", Map.of("text", fixture("thunderbird-source.eml")));

        Page form = visitor.submit(result, "/headers/ticket", Map.of("text", fixture("thunderbird-source.eml")));

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"headers-attached\"").contains("name=\"headerText\"")
                .contains("value=\"sato@mail.example.ne.jp\"").doesNotContain("よろしくお願いします");
    }

    @Test
    void staffSeeTheAnalysisInTheTicketView() {
        String domain = "headers-" + System.nanoTime() + ".example.jp";
        TicketDraft draft = TicketDraft.of(domain, Direction.RECEIVE, LocalDate.of(2026, 12, 1), Symptom.DELAYED,
                Scope.SOME, "customer@" + domain);
        CreatedTicket ticket = intake.open(draft, null, fixture("outlook-internet-headers.txt"));
        Visitor staff = Visitor.at(port);
        staff.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);

        Page view = staff.get("/staff/tickets/" + ticket.reference());

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("id=\"ticket-headers\"").contains("id=\"header-timeline\"")
                .contains(html("selfservice.headers.spam.cat-spoof", Locale.JAPANESE));
    }

    private String html(String key, Locale locale, Object... arguments) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, arguments, locale), "UTF-8");
    }

    static String fixture(String name) {
        try (InputStream in = HeaderPagesTest.class.getResourceAsStream("/headers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
