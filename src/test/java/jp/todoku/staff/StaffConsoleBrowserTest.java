package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jp.todoku.testing.BrowserTest;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketEventKind;
import jp.todoku.tickets.TicketEventView;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketStatus;
import jp.todoku.tickets.TicketView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What a support person does in the console, in a real headless Chromium against the running app. */
class StaffConsoleBrowserTest extends BrowserTest {

    @Autowired
    TicketService tickets;

    @Autowired
    SolvedAnswers solvedAnswers;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private void signIn() {
        open("/staff/login");
        find(By.id("username")).sendKeys(TodokuWebTest.ADMIN_USERNAME);
        find(By.id("password")).sendKeys(TodokuWebTest.ADMIN_PASSWORD);
        clickAndLoad(By.id("login-submit"));
    }

    @Test
    void signingInLandsOnTheQueue() {
        signIn();

        assertThat(browser().getCurrentUrl()).endsWith("/staff");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("staff.queue.heading", Locale.JAPANESE));
    }

    @Test
    void theQueueFiltersByStatusAndFindsJapaneseText() {
        String domain = TestTickets.uniqueDomain("queue");
        CreatedTicket full = TestTickets.open(tickets, domain, "メールボックスが一杯です。容量を超えました", "mailboxfull", "Google");
        CreatedTicket other = TestTickets.open(tickets, domain, "宛先が見つかりません", "userunknown", "Microsoft");
        var detail = tickets.findForStaff(other.reference()).orElseThrow();
        tickets.changeStatus(other.reference(), detail.version(), TicketStatus.IN_PROGRESS, "someone");
        signIn();

        open("/staff?domain=" + domain);
        assertThat(references()).containsExactlyInAnyOrder(full.reference(), other.reference());

        clickAndLoad(By.id("status-IN_PROGRESS"));
        assertThat(references()).containsExactly(other.reference());
        assertThat(browser().getCurrentUrl()).contains("status=IN_PROGRESS").contains("domain=");

        open("/staff?domain=" + domain);
        // Half-width katakana and a different width of the same words still find the ticket (NFKC).
        find(By.id("q")).sendKeys("ﾒｰﾙボックスが一杯");
        clickAndLoad(By.id("filter-submit"));
        assertThat(references()).containsExactly(full.reference());
        assertThat(text(By.id("count-NEW"))).isEqualTo("1");
    }

    @Test
    void aTicketShowsTheDiagnosisAndKeepsThePasteInert() {
        String domain = TestTickets.uniqueDomain("view");
        String paste = "550 5.1.1 <b>unknown</b> <script>document.title='owned'</script> 宛先不明";
        CreatedTicket ticket = TestTickets.open(tickets, domain, paste, "mailboxfull", "Google");
        signIn();

        open("/staff?domain=" + domain);
        clickAndLoad(By.linkText(ticket.reference()));

        assertThat(text(By.id("ticket-reference"))).isEqualTo(ticket.reference());
        assertThat(text(By.cssSelector("#finding-0 .finding-reason")))
                .isEqualTo(message("reason.mailboxfull", Locale.JAPANESE) + " (mailboxfull)");
        assertThat(text(By.id("diagnosis"))).contains("taro@example.net", "5.2.2", "552", "RCPT", "<script>alert('x')</script>");
        assertThat(find(By.cssSelector("#finding-0 .finding-entry")).getAttribute("href")).endsWith("/staff/knowledge/reason-mailboxfull");
        WebElement details = find(By.id("raw-paste"));
        assertThat(details.getAttribute("open")).isNull();
        details.findElement(By.tagName("summary")).click();
        assertThat(details.findElement(By.tagName("pre")).getText()).isEqualTo(paste);
        assertThat(browser().getTitle()).doesNotContain("owned");
        assertThat(browser().findElements(By.cssSelector("#diagnosis b, #diagnosis script"))).isEmpty();
    }

    @Test
    void aPublicReplyReachesTheCustomerAnInternalNoteDoesNot() {
        CreatedTicket ticket = TestTickets.open(tickets, TestTickets.uniqueDomain("reply"), "552 5.2.2 full",
                "mailboxfull", "Google");
        signIn();
        open("/staff/tickets/" + ticket.reference());

        find(By.id("reply-text")).sendKeys("容量を空けてから再送してください。");
        clickAndLoad(By.id("reply-submit"));
        assertThat(text(By.id("notice"))).isEqualTo(message("staff.ticket.replied", Locale.JAPANESE));

        find(By.id("note-text")).sendKeys("社内: 相手先は Google Workspace");
        clickAndLoad(By.id("note-submit"));
        assertThat(text(By.id("history"))).contains("容量を空けてから再送してください。", "社内: 相手先は Google Workspace");

        TicketView customer = tickets.findForCustomer(ticket.reference(), ticket.rawToken()).orElseThrow();
        assertThat(customer.replies()).extracting(TicketEventView::text).containsExactly("容量を空けてから再送してください。");
        assertThat(customer.replies()).extracting(TicketEventView::kind).doesNotContain(TicketEventKind.INTERNAL_NOTE);
        if (CustomerStatusPage.isMapped(mappings)) {
            browser().manage().deleteAllCookies();
            open(CustomerStatusPage.path(ticket.reference(), ticket.rawToken()));
            String page = text(By.tagName("main"));
            assertThat(page).contains("容量を空けてから再送してください。").doesNotContain("社内: 相手先は Google Workspace");
        }
    }

    @Test
    void aCannedReplyFromTheKnowledgeEntryFillsTheReplyBox() {
        CreatedTicket ticket = TestTickets.open(tickets, TestTickets.uniqueDomain("canned"), "552 5.2.2 full",
                "mailboxfull", "Google");
        signIn();
        open("/staff/tickets/" + ticket.reference());

        clickAndLoad(By.cssSelector(".canned-link"));

        String draft = find(By.id("reply-text")).getAttribute("value");
        assertThat(draft).startsWith(message("staff.canned.greeting", Locale.JAPANESE)).contains("1. ");
    }

    @Test
    void statusAndAssigneeChangeAndAreInTheHistory() {
        CreatedTicket ticket = TestTickets.open(tickets, TestTickets.uniqueDomain("status"), "x", "blocked", "Microsoft");
        signIn();
        open("/staff/tickets/" + ticket.reference());

        new Select(find(By.id("status"))).selectByValue("WAITING_FOR_CUSTOMER");
        clickAndLoad(By.id("status-submit"));
        new Select(find(By.id("assignee"))).selectByValue(TodokuWebTest.ADMIN_USERNAME);
        clickAndLoad(By.id("assign-submit"));

        assertThat(text(By.id("ticket-status"))).isEqualTo(message("tickets.status.WAITING_FOR_CUSTOMER", Locale.JAPANESE));
        assertThat(text(By.id("ticket-assignee"))).isEqualTo(TodokuWebTest.ADMIN_USERNAME);
        assertThat(text(By.id("history"))).contains(message("tickets.event.STATUS_CHANGED", Locale.JAPANESE),
                message("tickets.status.WAITING_FOR_CUSTOMER", Locale.JAPANESE), TodokuWebTest.ADMIN_USERNAME);
        assertThat(tickets.findForStaff(ticket.reference()).orElseThrow().status())
                .isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
    }

    @Test
    void aConcurrentChangeIsReportedAndTheTypedReplyIsKept() {
        CreatedTicket ticket = TestTickets.open(tickets, TestTickets.uniqueDomain("conflict"), "x", "blocked", "Microsoft");
        signIn();
        open("/staff/tickets/" + ticket.reference());
        // Another staff member notes something while this page is open.
        long seen = tickets.findForStaff(ticket.reference()).orElseThrow().version();
        tickets.addInternalNote(ticket.reference(), seen, "他の担当者のメモ", "colleague");

        find(By.id("reply-text")).sendKeys("わたしの回答");
        clickAndLoad(By.id("reply-submit"));

        assertThat(text(By.id("conflict"))).isEqualTo(message("tickets.conflict", Locale.JAPANESE));
        assertThat(find(By.id("reply-text")).getAttribute("value")).isEqualTo("わたしの回答");
        assertThat(text(By.id("history"))).contains("他の担当者のメモ");
        assertThat(tickets.findForStaff(ticket.reference()).orElseThrow().history())
                .extracting(TicketEventView::text).doesNotContain("わたしの回答");

        // Sent again from the refreshed page, it goes through.
        clickAndLoad(By.id("reply-submit"));
        assertThat(tickets.findForCustomer(ticket.reference(), ticket.rawToken()).orElseThrow().replies())
                .extracting(TicketEventView::text).containsExactly("わたしの回答");
    }

    @Test
    void theFilteredQueueDownloadsAsCsvForExcel() throws Exception {
        String domain = TestTickets.uniqueDomain("csv");
        CreatedTicket ticket = TestTickets.open(tickets, domain, "=HYPERLINK(\"http://evil\") 容量", "mailboxfull", "Google");
        signIn();
        open("/staff?domain=" + domain);
        String href = find(By.id("export-csv")).getAttribute("href");

        HttpResponse<byte[]> csv = fetchWithBrowserSession(href);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        byte[] body = csv.body();
        assertThat(body[0] & 0xff).isEqualTo(0xEF);
        assertThat(body[1] & 0xff).isEqualTo(0xBB);
        assertThat(body[2] & 0xff).isEqualTo(0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(message("staff.queue.column.reference", Locale.JAPANESE),
                message("staff.queue.column.reason", Locale.JAPANESE) + "," + message("staff.queue.column.reasonName", Locale.JAPANESE));
        assertThat(lines.get(1)).contains(ticket.reference(), domain, message("tickets.status.NEW", Locale.JAPANESE), "山田 太郎",
                "mailboxfull," + message("reason.mailboxfull", Locale.JAPANESE) + ",Google");
    }

    @Test
    void theDashboardDrawsTheTrendsAndRaisesASurgeAlert() {
        String provider = "Surge Mail " + TestTickets.uniqueDomain("p");
        for (int i = 0; i < 6; i++) {
            TestTickets.open(tickets, TestTickets.uniqueDomain("dash"), "550 blocked", "blocked", provider);
        }
        signIn();

        clickAndLoad(By.id("nav-dashboard"));

        assertThat(text(By.tagName("h1"))).isEqualTo(message("staff.dashboard.title", Locale.JAPANESE));
        for (String chart : List.of("per-day", "by-reason", "by-provider", "by-domain")) {
            assertThat(browser().findElements(By.cssSelector("#" + chart + " svg rect"))).as(chart).isNotEmpty();
            assertThat(find(By.cssSelector("#" + chart + " svg")).getAttribute("role")).isEqualTo("img");
        }
        assertThat(find(By.id("by-provider")).findElements(By.tagName("text")))
                .extracting(WebElement::getText).contains(provider);
        assertThat(text(By.id("alerts"))).contains(provider);
        // Self-service records the "did this solve it?" answers; the page shows what the database holds.
        var dashboardDays = 30;
        var today = java.time.LocalDate.now(QueueFilter.ZONE);
        solvedAnswers.find(today.minusDays(dashboardDays - 1L), today).ifPresentOrElse(
                share -> assertThat(text(By.id("solved-percent"))).isEqualTo(share.percent() + "%"),
                () -> assertThat(find(By.id("solved-none")).isDisplayed()).isTrue());
    }

    /**
     * Clicks and waits for the next page. Chromium sometimes reports the old element as "not in the
     * document" instead of stale while the page swaps; both mean the new page is coming.
     */
    private void clickAndLoad(By by) {
        WebElement element = find(by);
        element.click();
        new WebDriverWait(browser(), Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(element));
    }

    private HttpResponse<byte[]> fetchWithBrowserSession(String href) throws Exception {
        Cookie session = browser().manage().getCookieNamed("SESSION");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .header("Accept-Language", "ja").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> references() {
        return browser().findElements(By.cssSelector("#queue .ticket-link")).stream().map(WebElement::getText).toList();
    }
}
