package jp.todoku.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import jp.todoku.system.StaffRole;

/** A person who signs in to the staff console. Stays inside this package; others see records. */
@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    private StaffAccount(String username, String passwordHash, StaffRole role, Instant createdAt) {
        this.username = normalize(username);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    /** A new, enabled account; the password must already be hashed. */
    static StaffAccount open(String username, String passwordHash, StaffRole role, Instant createdAt) {
        return new StaffAccount(username, passwordHash, role, createdAt);
    }

    /** User names compare without case and surrounding blanks, at sign-in as at creation. */
    static String normalize(String username) {
        String normalized = Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || normalized.length() > 100) {
            throw new IllegalArgumentException("a user name has 1 to 100 characters");
        }
        return normalized;
    }

    /** The account can no longer sign in; its history stays. */
    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** A new password, already hashed: by the person themselves or reset by an admin. */
    void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    StaffRole role() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }
}
