package jp.todoku.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Addresses our mail cannot reach, learnt from bounces of our own notifications (mail_contact). */
@Repository
class Contacts {

    /** A dead address and why: the reason code from the diagnosis, and the server's words. */
    record DeadContact(String address, String reason, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Contacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<DeadContact> findDead(String address) {
        if (address == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT address, reason, detail FROM mail_contact WHERE address = ? AND state = 'DEAD'")
                .param(normalise(address))
                .query((row, number) -> new DeadContact(row.getString(1), row.getString(2), row.getString(3)))
                .optional();
    }

    List<DeadContact> allDead() {
        return jdbc.sql("SELECT address, reason, detail FROM mail_contact WHERE state = 'DEAD' ORDER BY updated_at DESC")
                .query((row, number) -> new DeadContact(row.getString(1), row.getString(2), row.getString(3))).list();
    }

    void markDead(String address, String reason, String detail, long outboxId) {
        String key = normalise(address);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("UPDATE mail_contact SET state = 'DEAD', reason = ?, detail = ?, outbox_id = ?, "
                        + "updated_at = ? WHERE address = ?")
                .params(Outbox.limit(reason, 40), Outbox.limit(detail, 1000), outboxId, now, key).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mail_contact (address, state, reason, detail, outbox_id, updated_at) "
                            + "VALUES (?, 'DEAD', ?, ?, ?, ?)")
                    .params(key, Outbox.limit(reason, 40), Outbox.limit(detail, 1000), outboxId, now).update();
        }
    }

    /** Staff know the address works again (the customer fixed it). */
    void revive(String address) {
        jdbc.sql("UPDATE mail_contact SET state = 'ACTIVE', updated_at = ? WHERE address = ?")
                .params(Timestamp.from(clock.instant()), normalise(address)).update();
    }

    static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
