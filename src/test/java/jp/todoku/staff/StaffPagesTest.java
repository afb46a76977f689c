package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff page (from the handler mappings) renders for an admin in Japanese and English: status
 * 200, the page's language, no unresolved message key, no stack trace, and the console stylesheet.
 */
@TodokuWebTest
class StaffPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TicketService tickets;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"ja", "en"})
    void everyStaffPageRendersInTheStaffMembersLanguage(String language) {
        CreatedTicket ticket = TestTickets.open(tickets, TestTickets.uniqueDomain("pages"), "<b>x</b>", "blocked", "Google");
        Visitor admin = Visitor.at(port).speaking(language);
        admin.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);

        List<String> problems = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (!get || !pattern.startsWith("/staff") || pattern.endsWith(".csv")) {
                return;
            }
            String path = pattern.replace("{reference}", ticket.reference()).replace("{id}", "reason-blocked");
            Page page = admin.get(path);
            if (page.status() != 200 || !page.language().orElse("").equals(language) || page.body().contains("??")
                    || page.body().contains("Exception")) {
                problems.add(path + " answered " + page.status() + " in " + page.language().orElse("?"));
            }
            if (!pattern.equals("/staff/login") && !page.body().contains("/css/staff")) {
                problems.add(path + " does not link the console stylesheet");
            }
        }));
        assertThat(problems).isEmpty();
    }
}
