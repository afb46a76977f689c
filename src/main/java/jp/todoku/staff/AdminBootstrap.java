package jp.todoku.staff;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import jp.todoku.system.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator on a fresh database so that somebody can sign in at all.
 * Does nothing once any administrator exists, so a changed password is never overwritten.
 * Safe when several instances start at once on one new database (issue 10): on PostgreSQL the check and
 * the insert run under a transaction-scoped advisory lock, so the second instance waits and then finds the
 * administrator; elsewhere a duplicate insert by a concurrent start is caught and the account read again.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    // No 0/O, 1/l/I: the generated password is read off a log by a person.
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;
    /** Any fixed number: the PostgreSQL advisory lock that only the first-administrator bootstrap takes. */
    private static final long BOOTSTRAP_LOCK = 0x746f646f6b75_01L;

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AdminSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, AdminSettings settings,
            Clock clock, PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        createFirstAdministrator();
    }

    /** Returns true when it created the account. */
    boolean createFirstAdministrator() {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> createUnlessPresent()));
        } catch (DataIntegrityViolationException concurrent) {
            // staff_account_username_uk: an instance starting at the same moment inserted it first.
            if (Boolean.TRUE.equals(transaction.execute(status -> accounts.existsByRole(StaffRole.ADMIN)))) {
                LOG.info("The first administrator was created by another instance starting at the same time.");
                return false;
            }
            throw concurrent;
        }
    }

    private boolean createUnlessPresent() {
        if (isPostgres()) {
            // Released at commit; a second instance waits here, then sees the committed administrator.
            jdbc.execute("SELECT pg_advisory_xact_lock(" + BOOTSTRAP_LOCK + ")");
        }
        if (accounts.existsByRole(StaffRole.ADMIN)) {
            return false;
        }
        String password = settings.hasPassword() ? settings.password() : generatePassword();
        StaffAccount admin = StaffAccount.open(settings.username(), passwordEncoder.encode(password), StaffRole.ADMIN,
                clock.instant());
        accounts.saveAndFlush(admin);
        if (settings.hasPassword()) {
            LOG.info("Created the first administrator '{}' with the password from TODOKU_ADMIN_PASSWORD.",
                    admin.username());
        } else {
            // Printed this once only: it is not stored anywhere but as a bcrypt hash.
            LOG.warn("Created the first administrator '{}' with the generated password: {}  "
                    + "(set TODOKU_ADMIN_PASSWORD before the first start to choose it yourself)",
                    admin.username(), password);
        }
        return true;
    }

    private boolean isPostgres() {
        Boolean postgres = jdbc.execute((Connection connection) -> {
            try {
                return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException unknown) {
                return false;
            }
        });
        return Boolean.TRUE.equals(postgres);
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
