package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TodokuWebTest
class KnowledgeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TicketService tickets;

    private Visitor staff;

    @BeforeEach
    void signIn() {
        staff = Visitor.at(port);
        staff.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);
    }

    @Test
    void listsEveryEntryAndSearchesBothLanguages() {
        Page all = staff.get("/staff/knowledge");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("reason-mailboxfull", "reason-userunknown");

        Page japanese = staff.get("/staff/knowledge?q=" + java.net.URLEncoder.encode("容量", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(japanese.body()).contains("reason-mailboxfull").doesNotContain("reason-authfailure");
        Page english = staff.get("/staff/knowledge?q=mailbox+full");
        assertThat(english.body()).contains("reason-mailboxfull");
    }

    @Test
    void anEntryShowsBothLanguagesAndTheTicketsThatMatchedIt() {
        CreatedTicket ticket = TestTickets.open(tickets, TestTickets.uniqueDomain("kb"), "552 full", "mailboxfull", "Google");

        Page entry = staff.get("/staff/knowledge/reason-mailboxfull");

        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.body()).contains("lang=\"ja\"", "lang=\"en\"", ticket.reference());
        assertThat(staff.get("/staff/knowledge/reason-blocked").body()).doesNotContain(ticket.reference());
        assertThat(staff.get("/staff/knowledge/no-such-entry").status()).isEqualTo(404);
    }

    @Test
    void aTriedPasteShowsItsEntryAndReasonEscaped() {
        Page form = staff.get("/staff/knowledge");
        String paste = """
                <taro@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <taro@example.net>:
                    Recipient address rejected: User unknown in virtual mailbox table <script>x()</script>
                """;

        Page tried = staff.submit(form, "/staff/knowledge/try", Map.of("paste", paste));

        assertThat(tried.status()).isEqualTo(200);
        assertThat(tried.body()).contains("class=\"code tried-reason\">宛先のアドレスが存在しない (userunknown)<", "tried-entry")
                .contains("&lt;script&gt;x()&lt;/script&gt;").doesNotContain("<script>x()");
    }
}
