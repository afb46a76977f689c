package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import jp.todoku.system.StaffRole;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

@TodokuWebTest
class StaffSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageSource messages;

    @Test
    void anAgentReachesTheConsoleButNotTheAdminEndpoints() {
        String username = "agent-" + UUID.randomUUID();
        accounts.save(StaffAccount.open(username, passwordEncoder.encode("agent-password"), StaffRole.AGENT,
                Instant.now()));
        Visitor agent = Visitor.at(port).speaking("en");

        assertThat(agent.signIn(username, "agent-password").location()).isEqualTo("/staff");

        assertThat(agent.get("/staff/anything").status()).isEqualTo(404);
        Page refused = agent.get("/actuator/info");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot open this page");
    }

    @Test
    void userNamesIgnoreCaseAndSurroundingBlanks() {
        Visitor admin = Visitor.at(port);

        Page signedIn = admin.signIn("  " + TodokuWebTest.ADMIN_USERNAME.toUpperCase() + " ",
                TodokuWebTest.ADMIN_PASSWORD);

        assertThat(signedIn.location()).isEqualTo("/staff");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String username = "gone-" + UUID.randomUUID();
        StaffAccount account = StaffAccount.open(username, passwordEncoder.encode("agent-password"),
                StaffRole.AGENT, Instant.now());
        account.disable();
        accounts.save(account);

        Page refused = Visitor.at(port).signIn(username, "agent-password");

        assertThat(refused.location()).isEqualTo("/staff/login?error");
    }

    @Test
    void wrongPasswordsSlowTheGuessingAddressDownButNotTheStaffMember() {
        String username = "guessed-" + UUID.randomUUID();
        accounts.save(StaffAccount.open(username, passwordEncoder.encode("right-password"), StaffRole.AGENT,
                Instant.now()));
        Visitor attacker = Visitor.at(port).from("198.51.100.23");
        for (int attempt = 0; attempt < SignInThrottle.PAIR_FREE; attempt++) {
            assertThat(attacker.signIn(username, "guess-" + attempt).location()).isEqualTo("/staff/login?error");
        }

        Page held = attacker.signIn(username, "right-password");
        assertThat(held.location()).as("even the right password waits there").isEqualTo("/staff/login?wait");
        assertThat(attacker.signIn(username, "still-wrong").location())
                .as("and a wrong one gets the same answer: nothing tells a held-back guess was right")
                .isEqualTo("/staff/login?wait");
        assertThat(attacker.get(held.location()).body()).contains(
                HtmlUtils.htmlEscape(messages.getMessage("login.wait", null, Locale.JAPANESE)));

        Visitor owner = Visitor.at(port).from("203.0.113.5").speaking("en");
        assertThat(owner.signIn(username, "right-password").location())
                .as("the staff member from their own address").isEqualTo("/staff");
        Page queue = owner.get("/staff");
        assertThat(queue.body()).contains("id=\"failed-sign-ins\"")
                .contains("a wrong password was given for your user name " + SignInThrottle.PAIR_FREE + " time(s)");
        assertThat(owner.get("/staff").body()).as("told once").doesNotContain("failed-sign-ins");
        assertThat(Visitor.at(port).from("198.51.100.23")
                .signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD).location())
                .as("other names from the guessing address are not affected").isEqualTo("/staff");
    }

    @Test
    void thePasswordIsStoredAsABcryptHashOnly() {
        StaffAccount admin = accounts.findByUsername(TodokuWebTest.ADMIN_USERNAME).orElseThrow();

        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain(TodokuWebTest.ADMIN_PASSWORD);
        assertThat(passwordEncoder.matches(TodokuWebTest.ADMIN_PASSWORD, admin.passwordHash())).isTrue();
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
    }
}
