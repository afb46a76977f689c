package jp.todoku.staff;

import java.time.Instant;

/** One line of the audit log as the admin page shows it. */
record AuditEntry(Instant at, String actor, AuditAction action, String target, String detail) {
}
