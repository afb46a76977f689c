package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** The queue's views, sorting, paging and tolerance of odd parameters, over real HTTP. */
@TodokuWebTest
class QueueWebTest {

    private static final Pattern ROW = Pattern.compile("class=\"ticket-link\"[^>]*>(TD-[0-9-]+)<");

    @LocalServerPort
    int port;

    @Autowired
    TicketService tickets;

    @Autowired
    MessageSource messages;

    private Visitor staff;
    private String domain;

    @BeforeEach
    void signIn() {
        staff = Visitor.at(port);
        staff.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);
        domain = TestTickets.uniqueDomain("queue-web");
    }

    @Test
    void mineAndUnassignedViews() {
        CreatedTicket mine = TestTickets.open(tickets, domain, "a", "blocked", "Google");
        CreatedTicket nobodys = TestTickets.open(tickets, domain, "b", "blocked", "Google");
        long version = tickets.findForStaff(mine.reference()).orElseThrow().version();
        tickets.assign(mine.reference(), version, TodokuWebTest.ADMIN_USERNAME, "test");

        assertThat(references("/staff?view=mine&domain=" + domain)).containsExactly(mine.reference());
        assertThat(references("/staff?view=unassigned&domain=" + domain)).containsExactly(nobodys.reference());
        assertThat(references("/staff?assignee=" + TodokuWebTest.ADMIN_USERNAME + "&domain=" + domain))
                .containsExactly(mine.reference());
    }

    @Test
    void sortsAndPages() {
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < QueueFilter.PAGE_SIZE + 3; i++) {
            opened.add(TestTickets.open(tickets, domain, "c", "blocked", "Google").reference());
        }

        List<String> firstPage = references("/staff?domain=" + domain + "&sort=reference&direction=asc");
        List<String> secondPage = references("/staff?domain=" + domain + "&sort=reference&direction=asc&page=1");

        assertThat(firstPage).hasSize(QueueFilter.PAGE_SIZE).isSorted();
        assertThat(secondPage).hasSize(3);
        List<String> all = new ArrayList<>(firstPage);
        all.addAll(secondPage);
        assertThat(all).containsExactlyElementsOf(opened.stream().sorted().toList());
    }

    @Test
    void reasonsAndProvidersShowTheirNamesInTheStaffLanguageBesideTheCode() {
        CreatedTicket known = TestTickets.open(tickets, domain, "552 full", "mailboxfull", "google");
        TestTickets.open(tickets, domain, "x", "made-up-reason", "some-unknown-mx");
        String japaneseReason = name("reason.mailboxfull", Locale.JAPANESE) + " (mailboxfull)";
        String englishReason = name("reason.mailboxfull", Locale.ENGLISH) + " (mailboxfull)";

        String japanese = staff.get("/staff?domain=" + domain).body();
        assertThat(japanese).contains("<td class=\"reason\">" + japaneseReason + "</td>",
                        "<td class=\"provider\">" + name("provider.google", Locale.JAPANESE) + " (google)</td>",
                        "<td class=\"reason\">made-up-reason</td>", "<td class=\"provider\">some-unknown-mx</td>",
                        "value=\"mailboxfull\" label=\"" + name("reason.mailboxfull", Locale.JAPANESE) + "\"")
                .doesNotContain("??");
        String english = staff.speaking("en").get("/staff?domain=" + domain).body();
        assertThat(english).contains("<td class=\"reason\">" + englishReason + "</td>",
                        "<td class=\"provider\">" + name("provider.google", Locale.ENGLISH) + " (google)</td>",
                        "<td class=\"reason\">made-up-reason</td>")
                .doesNotContain("??");

        assertThat(staff.speaking("ja").get("/staff/tickets/" + known.reference()).body())
                .contains("id=\"primary-reason\">" + japaneseReason + "<").doesNotContain("??");
        assertThat(staff.speaking("en").get("/staff/tickets/" + known.reference()).body())
                .contains("id=\"primary-reason\">" + englishReason + "<").doesNotContain("??");
        assertThat(staff.speaking("ja").get("/staff/dashboard").body())
                .contains("<td>" + japaneseReason + "</td>").doesNotContain("??");
    }

    private String name(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }

    @Test
    void oddParametersStillOpenTheQueue() {
        assertThat(staff.get("/staff?status=SOMETHING&from=yesterday&sort=token_hash&page=-1&view=x").status())
                .isEqualTo(200);
        assertThat(staff.get("/staff?q=%25%5C_%27%22%3Cscript%3E").status()).isEqualTo(200);
    }

    private List<String> references(String path) {
        List<String> references = new ArrayList<>();
        Matcher row = ROW.matcher(staff.get(path).body());
        while (row.find()) {
            references.add(row.group(1));
        }
        return references;
    }
}
