package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import jp.todoku.system.StaffRole;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach which staff URL. The URLs come from the application's own handler mappings, so a
 * page or action added later is covered without touching this test.
 */
@TodokuWebTest
class StaffAuthorizationTest {

    /** Admin-only areas; everything else under /staff is for every agent. */
    private static final List<String> ADMIN_AREAS = List.of("/staff/accounts", "/staff/audit");
    private static final String AGENT_PASSWORD = "agent-password-long";

    record Endpoint(String method, String path) {
        boolean isAdminOnly() {
            return ADMIN_AREAS.stream().anyMatch(area -> path.equals(area) || path.startsWith(area + "/"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TicketService tickets;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    private CreatedTicket ticket;
    private String agentName;

    @BeforeEach
    void ticketAndAgent() {
        ticket = TestTickets.open(tickets, TestTickets.uniqueDomain("authz"), "x", "blocked", "Microsoft");
        agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(StaffAccount.open(agentName, passwordEncoder.encode(AGENT_PASSWORD), StaffRole.AGENT,
                Instant.now()));
    }

    @Test
    void everyStaffUrlRefusesAnAnonymousVisitor() {
        List<Endpoint> endpoints = staffEndpoints();
        assertThat(endpoints).extracting(Endpoint::path)
                .contains("/staff", "/staff/tickets/" + ticket.reference(), "/staff/accounts", "/staff/audit");

        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Visitor anonymous = Visitor.at(port);
            // With a valid CSRF token, so what refuses a POST is the authorisation, not the missing token.
            Page page = endpoint.method().equals("GET") ? anonymous.get(endpoint.path())
                    : anonymous.submit(anonymous.get("/staff/login"), endpoint.path(), Map.of("version", "0"));
            if (page.status() != 302 || !page.location().equals("/staff/login")) {
                problems.add(endpoint + " answered " + page.status());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anAgentCannotReachAdminPagesOrActions() {
        Visitor agent = signedInAgent();
        Page queue = agent.get("/staff");
        List<Endpoint> adminOnly = staffEndpoints().stream().filter(Endpoint::isAdminOnly).toList();
        assertThat(adminOnly).hasSizeGreaterThanOrEqualTo(6);

        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : adminOnly) {
            Page page = endpoint.method().equals("GET") ? agent.get(endpoint.path())
                    : agent.submit(queue, endpoint.path(),
                            Map.of("username", "made-by-agent", "role", "ADMIN", "password", "long-enough-password"));
            if (page.status() != 403) {
                problems.add(endpoint + " answered " + page.status());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(accounts.findByUsername("made-by-agent")).isEmpty();
        assertThat(accounts.findByUsername(TodokuWebTest.ADMIN_USERNAME).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void anAgentReachesEveryOtherStaffPage() {
        Visitor agent = signedInAgent();
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : staffEndpoints()) {
            if (endpoint.method().equals("GET") && !endpoint.isAdminOnly()) {
                int status = agent.get(endpoint.path()).status();
                if (status != 200) {
                    problems.add(endpoint + " answered " + status);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anAdminReachesTheAdminPages() {
        Visitor admin = Visitor.at(port);
        admin.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);

        assertThat(admin.get("/staff/accounts").status()).isEqualTo(200);
        assertThat(admin.get("/staff/audit").status()).isEqualTo(200);
    }

    @Test
    void aStatusTokenOpensOnlyItsOwnTicket() {
        CreatedTicket other = TestTickets.open(tickets, TestTickets.uniqueDomain("authz"), "y", "blocked", "Google");

        assertThat(tickets.findForCustomer(ticket.reference(), ticket.rawToken())).isPresent();
        assertThat(tickets.findForCustomer(other.reference(), other.rawToken())).isPresent();
        assertThat(tickets.findForCustomer(ticket.reference(), other.rawToken())).isEmpty();
        assertThat(tickets.findForCustomer(other.reference(), ticket.rawToken())).isEmpty();
        assertThat(tickets.findForCustomer(ticket.reference(), "")).isEmpty();
        if (CustomerStatusPage.isMapped(mappings)) {
            Visitor customer = Visitor.at(port);
            assertThat(customer.get(CustomerStatusPage.path(ticket.reference(), ticket.rawToken())).status()).isEqualTo(200);
            assertThat(customer.get(CustomerStatusPage.path(ticket.reference(), other.rawToken())).status()).isEqualTo(404);
            assertThat(customer.get(CustomerStatusPage.path(other.reference(), ticket.rawToken())).status()).isEqualTo(404);
        }
    }

    private Visitor signedInAgent() {
        Visitor agent = Visitor.at(port);
        assertThat(agent.signIn(agentName, AGENT_PASSWORD).location()).isEqualTo("/staff");
        return agent;
    }

    /** Every mapped /staff URL and method, path variables filled with real values. */
    private List<Endpoint> staffEndpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/staff") || pattern.equals("/staff/login")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String path = pattern.replace("{reference}", ticket.reference())
                            .replace("{username}", TodokuWebTest.ADMIN_USERNAME)
                            .replace("{id}", "reason-blocked");
                    assertThat(path).as("a path variable this test does not know: " + pattern).doesNotContain("{");
                    if (seen.add(method + " " + path)) {
                        endpoints.add(new Endpoint(method.name(), path));
                    }
                }
            }
        }
        return endpoints;
    }
}
