package jp.todoku.staff;

import java.time.Instant;
import jp.todoku.system.StaffRole;

/** A staff account as the admin page lists it; never the password hash. */
record StaffAccountView(String username, StaffRole role, boolean enabled, Instant createdAt) {
}
