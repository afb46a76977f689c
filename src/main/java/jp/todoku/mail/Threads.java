package jp.todoku.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import jp.todoku.diagnosis.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per ticket: where mail goes, in which language, and the sealed status token (mail_thread). */
@Repository
class Threads {

    /** What mail needs to know about a ticket. {@code sealedToken} is null for tickets opened without a key. */
    record Thread(String reference, String contact, Language language, String sealedToken) {
    }

    private final JdbcClient jdbc;

    Threads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(String reference, String contact, Language language, String sealedToken, Instant at) {
        jdbc.sql("INSERT INTO mail_thread (ticket_reference, contact, language, sealed_token, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(reference, contact, language.tag(), sealedToken, Timestamp.from(at)).update();
    }

    Optional<Thread> find(String reference) {
        return jdbc.sql("SELECT ticket_reference, contact, language, sealed_token FROM mail_thread WHERE ticket_reference = ?")
                .param(reference)
                .query((row, number) -> new Thread(row.getString(1), row.getString(2),
                        Language.find(row.getString(3)).orElse(Language.JA), row.getString(4)))
                .optional();
    }
}
