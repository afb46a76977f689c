package jp.todoku.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did what in the staff console, for admins (table staff_audit, V4). Written in the caller's
 * transaction where there is one. Details are short facts (a status, a role), never message bodies.
 */
@Component
class AuditLog {

    static final int PAGE_SIZE = 100;
    private static final int TARGET = 200;
    private static final int DETAIL = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String actor, AuditAction action, String target, String detail) {
        jdbc.sql("INSERT INTO staff_audit (occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), cut(actor == null ? "?" : actor, 100), action.name(),
                        cut(target, TARGET), cut(detail, DETAIL))
                .update();
    }

    /** Newest first, one page of {@value #PAGE_SIZE}. */
    List<AuditEntry> page(int page) {
        return jdbc.sql("SELECT occurred_at, actor, action, target, detail FROM staff_audit"
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(PAGE_SIZE + 1, Math.max(0, page) * PAGE_SIZE)
                .query((row, number) -> new AuditEntry(row.getTimestamp(1).toInstant(), row.getString(2),
                        AuditAction.valueOf(row.getString(3)), row.getString(4), row.getString(5)))
                .list();
    }

    private static String cut(String value, int limit) {
        return value == null || value.length() <= limit ? value : value.substring(0, limit);
    }
}
