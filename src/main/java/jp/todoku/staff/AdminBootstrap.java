package jp.todoku.staff;

import java.security.SecureRandom;
import java.time.Clock;
import jp.todoku.system.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator on a fresh database so that somebody can sign in at all.
 * Does nothing once any administrator exists, so a changed password is never overwritten.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    // No 0/O, 1/l/I: the generated password is read off a log by a person.
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AdminSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, AdminSettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        createFirstAdministrator();
    }

    /** Returns true when it created the account. */
    @Transactional
    boolean createFirstAdministrator() {
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

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
