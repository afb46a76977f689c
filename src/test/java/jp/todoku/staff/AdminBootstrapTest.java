package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.system.StaffRole;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** Runs inside a rolled-back transaction: the shared database keeps its administrator. */
@TodokuWebTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void doesNothingWhileAnAdministratorExists() {
        AdminBootstrap bootstrap = bootstrap(new AdminSettings("someone", "another-password"));

        assertThat(bootstrap.createFirstAdministrator()).isFalse();
        assertThat(accounts.findByUsername("someone")).isEmpty();
    }

    @Test
    void usesTheConfiguredPasswordAndNeverLogsIt(CapturedOutput output) {
        accounts.deleteAll();

        assertThat(bootstrap(new AdminSettings("Chief", "configured-secret")).createFirstAdministrator()).isTrue();

        StaffAccount chief = accounts.findByUsername("chief").orElseThrow();
        assertThat(chief.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(chief.isEnabled()).isTrue();
        assertThat(chief.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(passwordEncoder.matches("configured-secret", chief.passwordHash())).isTrue();
        assertThat(output.getAll()).contains("'chief'").doesNotContain("configured-secret");
    }

    @Test
    void generatesAPasswordAndPrintsItOnceWhenNoneIsConfigured(CapturedOutput output) {
        accounts.deleteAll();
        AdminBootstrap bootstrap = bootstrap(new AdminSettings("admin", ""));

        assertThat(bootstrap.createFirstAdministrator()).isTrue();
        assertThat(bootstrap.createFirstAdministrator()).isFalse();

        Matcher printed = GENERATED.matcher(output.getAll());
        assertThat(printed.find()).as("the generated password is in the log").isTrue();
        String password = printed.group(1);
        assertThat(password).hasSize(20);
        assertThat(printed.find()).as("printed once only").isFalse();
        StaffAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(passwordEncoder.matches(password, admin.passwordHash())).isTrue();
    }

    private AdminBootstrap bootstrap(AdminSettings settings) {
        return new AdminBootstrap(accounts, passwordEncoder, settings, CLOCK, transactions, jdbc);
    }
}
