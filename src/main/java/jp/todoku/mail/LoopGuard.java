package jp.todoku.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * RFC 3834 §2: at most one automatic answer to the same sender within the configured period, so two
 * robots (or one confused customer) never ping-pong with us.
 */
@Repository
class LoopGuard {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSettings settings;

    LoopGuard(JdbcClient jdbc, Clock clock, MailSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Records an answer to {@code address} and says yes, unless one was recorded within the period. */
    boolean mayAnswer(String address) {
        String key = Contacts.normalise(address);
        Instant now = clock.instant();
        long recent = jdbc.sql("SELECT COUNT(*) FROM mail_auto_reply WHERE address = ? AND answered_at > ?")
                .params(key, Timestamp.from(now.minus(settings.answerPeriod()))).query(Long.class).single();
        if (recent > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO mail_auto_reply (address, answered_at) VALUES (?, ?)").params(key, Timestamp.from(now)).update();
        return true;
    }
}
