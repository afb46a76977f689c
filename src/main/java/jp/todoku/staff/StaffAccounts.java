package jp.todoku.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.todoku.system.StaffRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management for admins and the own-password change for everyone, each recorded in the audit
 * log. Passwords are bcrypt hashes; {@value #MIN_PASSWORD} characters at least (length beats rules).
 */
@Service
@Transactional
class StaffAccounts {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
                  ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    List<StaffAccountView> list() {
        return accounts.findAll(Sort.by("username")).stream()
                .map(account -> new StaffAccountView(account.username(), account.role(), account.isEnabled(),
                        account.createdAt()))
                .toList();
    }

    AccountChange create(String username, StaffRole role, String password, String by) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalized).matches() || role == null) {
            return AccountChange.NAME_INVALID;
        }
        if (accounts.findByUsername(normalized).isPresent()) {
            return AccountChange.NAME_TAKEN;
        }
        AccountChange strength = checkStrength(password);
        if (!strength.isDone()) {
            return strength;
        }
        accounts.save(StaffAccount.open(normalized, passwordEncoder.encode(password), role, clock.instant()));
        audit.record(by, AuditAction.ACCOUNT_CREATED, normalized, role.name());
        return AccountChange.DONE;
    }

    AccountChange setEnabled(String username, boolean enabled, String by) {
        if (username.equals(by)) {
            return AccountChange.NOT_YOURSELF;
        }
        return accounts.findByUsername(username).map(account -> {
            if (enabled) {
                account.enable();
            } else {
                account.disable();
                signOutEverywhere(username);
            }
            audit.record(by, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, username, null);
            return AccountChange.DONE;
        }).orElse(AccountChange.NO_SUCH_ACCOUNT);
    }

    AccountChange resetPassword(String username, String newPassword, String by) {
        AccountChange strength = checkStrength(newPassword);
        if (!strength.isDone()) {
            return strength;
        }
        return accounts.findByUsername(username).map(account -> {
            account.changePassword(passwordEncoder.encode(newPassword));
            signOutEverywhere(username);
            audit.record(by, AuditAction.PASSWORD_RESET, username, null);
            return AccountChange.DONE;
        }).orElse(AccountChange.NO_SUCH_ACCOUNT);
    }

    AccountChange changeOwnPassword(String username, String current, String newPassword, String confirmation) {
        StaffAccount account = accounts.findByUsername(username).orElse(null);
        if (account == null) {
            return AccountChange.NO_SUCH_ACCOUNT;
        }
        if (current == null || !passwordEncoder.matches(current, account.passwordHash())) {
            return AccountChange.WRONG_CURRENT_PASSWORD;
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            return AccountChange.PASSWORD_MISMATCH;
        }
        AccountChange strength = checkStrength(newPassword);
        if (!strength.isDone()) {
            return strength;
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(username, AuditAction.PASSWORD_CHANGED, username, null);
        return AccountChange.DONE;
    }

    /** A disabled account or a reset password ends the person's open sessions, not only future sign-ins. */
    private void signOutEverywhere(String username) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet()
                .forEach(repository::deleteById));
    }

    private static AccountChange checkStrength(String password) {
        // bcrypt reads at most 72 bytes; the upper bound keeps hashing cheap for absurd inputs.
        return password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                ? AccountChange.PASSWORD_TOO_SHORT : AccountChange.DONE;
    }
}
