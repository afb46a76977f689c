package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The paste page, the diagnosis, saved links and feedback over real HTTP. */
@TodokuWebTest
class DiagnosisPagesTest {

    private static final Pattern SAVED = Pattern.compile("/d/([A-Za-z0-9_-]{24})");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SavedDiagnoses saved;

    private String message(String key, Locale locale, Object... arguments) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, arguments, locale));
    }

    private Page diagnose(Visitor visitor, String text) {
        Page form = visitor.get("/diagnose");
        return visitor.submit(form, "/diagnose", Map.of("text", text));
    }

    @Test
    void aBounceIsExplainedPerRecipientWithStepsEvidenceAndDetails() {
        Page result = diagnose(Visitor.at(port), Fixtures.text(Fixtures.UNKNOWN_USER));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body())
                .contains(message("selfservice.result.recipient", Locale.JAPANESE, "taro.yamada@customer-corp.test"))
                .contains(message("selfservice.result.permanence.permanent", Locale.JAPANESE))
                .contains(message("reason.userunknown", Locale.JAPANESE))
                .contains("5.1.1")
                .contains("mx1.customer-corp.test")
                .contains("<mark>")
                .contains("<details class=\"details\">")
                .contains(message("knowledge.list.hardBounce", Locale.JAPANESE))
                .doesNotContain("??");
        assertThat(saved.find("x".repeat(24))).isEmpty();
    }

    @Test
    void htmlInAPasteIsShownAsTextNeverAsMarkup() {
        Page result = diagnose(Visitor.at(port), Fixtures.text(Fixtures.SCRIPT));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void emptyAndTooLargeAndBinaryPastesGetAClearMessage() {
        Visitor visitor = Visitor.at(port);
        Page empty = diagnose(visitor, "   ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains(message("selfservice.problem.empty", Locale.JAPANESE));

        Page large = diagnose(visitor.speaking("en"), "550 5.1.1 user unknown\n" + "x".repeat(3 * 1024 * 1024));
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.body()).contains(message("selfservice.problem.too-large", Locale.ENGLISH, 2));

        Page binary = diagnose(visitor, "\u0001\u0002\u0003PK\u0004\u0000\u0007garbage\u0010\u0011\u0012".repeat(50));
        assertThat(binary.status()).isEqualTo(400);
        assertThat(binary.body()).contains(message("selfservice.problem.binary", Locale.ENGLISH));
    }

    @Test
    void aSavedLinkShowsTheDiagnosisAgainUntilItExpiresAndThePurgeDeletesIt() {
        Visitor visitor = Visitor.at(port);
        Page result = diagnose(visitor, Fixtures.text(Fixtures.MAILBOX_FULL));
        Page save = visitor.submit(result, "/d", Map.of("text", Fixtures.text(Fixtures.MAILBOX_FULL)));
        assertThat(save.status()).isEqualTo(302);
        Matcher id = SAVED.matcher(save.location());
        assertThat(id.find()).isTrue();

        Page permalink = visitor.get("/d/" + id.group(1));
        assertThat(permalink.status()).isEqualTo(200);
        assertThat(permalink.body()).contains("sato@example-mobile.test").contains(message("reason.mailboxfull", Locale.JAPANESE));

        jdbc.sql("UPDATE diagnosis_record SET expires_at = ? WHERE permalink_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), id.group(1)).update();
        Page expired = visitor.get("/d/" + id.group(1));
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.body()).contains(message("selfservice.expired.title", Locale.JAPANESE));

        assertThat(saved.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM diagnosis_record WHERE permalink_id = ?").param(id.group(1))
                .query(Long.class).single()).isZero();
        assertThat(visitor.get("/d/not-a-valid-id").status()).isEqualTo(404);
    }

    @Test
    void feedbackIsCountedWithoutThePaste() {
        Visitor visitor = Visitor.at(port);
        SavedDiagnoses.FeedbackCounts before = saved.feedbackCounts();
        Page result = diagnose(visitor, Fixtures.text(Fixtures.UNKNOWN_USER));

        Page yes = visitor.submit(result, "/diagnose/feedback", Map.of("solved", "yes", "reason", "userunknown"));
        assertThat(yes.status()).isEqualTo(200);
        assertThat(yes.body()).contains(message("selfservice.thanks.title", Locale.JAPANESE));

        Page no = visitor.submit(result, "/diagnose/feedback", Map.of("solved", "no", "reason", "userunknown",
                "text", Fixtures.text(Fixtures.UNKNOWN_USER)));
        assertThat(no.body()).contains(message("selfservice.feedback.sorry", Locale.JAPANESE))
                .contains("value=\"taro.yamada@customer-corp.test\"");

        SavedDiagnoses.FeedbackCounts after = saved.feedbackCounts();
        assertThat(after.answered() - before.answered()).isEqualTo(2);
        assertThat(after.solved() - before.solved()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM diagnosis_feedback WHERE reason_code = 'userunknown'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
