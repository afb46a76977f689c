package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import jp.todoku.system.StaffRole;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@TodokuWebTest
class StaffSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

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
    void tooManyWrongPasswordsLockTheNameForAWhile() {
        String username = "guessed-" + UUID.randomUUID();
        accounts.save(StaffAccount.open(username, passwordEncoder.encode("right-password"), StaffRole.AGENT,
                Instant.now()));
        Visitor attacker = Visitor.at(port);
        for (int attempt = 0; attempt < SignInThrottle.MAX_FAILURES; attempt++) {
            assertThat(attacker.signIn(username, "guess-" + attempt).location()).isEqualTo("/staff/login?error");
        }

        Page locked = Visitor.at(port).signIn(username, "right-password");

        assertThat(locked.location()).as("even the right password waits").isEqualTo("/staff/login?error");
        assertThat(Visitor.at(port).signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD).location())
                .as("other names are not affected").isEqualTo("/staff");
    }

    @Test
    void thePasswordIsStoredAsABcryptHashOnly() {
        StaffAccount admin = accounts.findByUsername(TodokuWebTest.ADMIN_USERNAME).orElseThrow();

        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain(TodokuWebTest.ADMIN_PASSWORD);
        assertThat(passwordEncoder.matches(TodokuWebTest.ADMIN_PASSWORD, admin.passwordHash())).isTrue();
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
    }
}
