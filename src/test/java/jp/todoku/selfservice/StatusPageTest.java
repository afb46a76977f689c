package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import jp.todoku.tickets.TicketDetail;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A ticket from the form: what it stores, and what the status link shows (public replies only). */
@TodokuWebTest
class StatusPageTest {

    @LocalServerPort
    int port;

    @Autowired
    TicketService tickets;

    @Autowired
    MessageSource messages;

    @Autowired
    JsonMapper json;

    private String openTicket(Visitor visitor) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("domain", "info@shop-sakura.test");
        fields.put("direction", "SEND");
        fields.put("since", "2026-11-18");
        fields.put("symptom", "ERROR_MAIL");
        fields.put("scope", "SOME");
        fields.put("sentAt", "2026-11-19T14:02");
        fields.put("recipient", "taro.yamada@customer-corp.test");
        fields.put("errorText", Fixtures.text(Fixtures.UNKNOWN_USER));
        fields.put("contact", "hanako@backup-mail.test");
        // A complete questionnaire path, plus what a hand-edited field could add.
        fields.put("guideAnswers", "direction=SEND&domain=shop-sakura.test&since=2026-11-18&scope=SOME"
                + "&symptom=ERROR_MAIL&send.recipient=CORPORATE&send.attachment=NONE&bogus key=x&send.port=25%0A26");
        Page created = visitor.submit(visitor.get("/tickets/new"), "/tickets", fields);
        assertThat(created.status()).isEqualTo(302);
        return created.location();
    }

    @Test
    void theTicketKeepsTheAnswersThePasteAndADiagnosisSnapshot() {
        String location = openTicket(Visitor.at(port));
        String reference = location.substring("/status/".length(), location.indexOf('?'));
        TicketDetail detail = tickets.findForStaff(reference).orElseThrow();

        assertThat(detail.domain()).isEqualTo("shop-sakura.test");
        assertThat(detail.sentAt()).hasToString("2026-11-19T05:02:00Z");
        assertThat(detail.errorText()).contains("User unknown in local recipient table");
        assertThat(detail.primaryReason()).isEqualTo("userunknown");
        assertThat(detail.guideAnswers()).containsEntry("send.recipient", "CORPORATE").doesNotContainKey("bogus key")
                .doesNotContainKey("send.port");
        JsonNode snapshot = json.readTree(detail.diagnosisJson());
        assertThat(snapshot.get("kind").asString()).isEqualTo("bounce");
        assertThat(snapshot.get("failures").get(0).get("recipient").asString()).isEqualTo("taro.yamada@customer-corp.test");
        assertThat(snapshot.get("failures").get(0).get("status").asString()).isEqualTo("5.1.1");
        assertThat(snapshot.get("failures").get(0).get("knowledgeIds").size()).isPositive();
    }

    @Test
    void theStatusLinkShowsPublicRepliesButNeverInternalNotesAndAClosedTicketTakesNoReply() {
        Visitor customer = Visitor.at(port);
        String location = openTicket(customer);
        String reference = location.substring("/status/".length(), location.indexOf('?'));
        long version = tickets.findForStaff(reference).orElseThrow().version();
        version = tickets.addPublicReply(reference, version, "ご不便をおかけしております。<b>確認中</b>です。", "agent").version();
        version = tickets.addInternalNote(reference, version, "internal: customer seems upset", "agent").version();

        Page status = customer.get(location);
        assertThat(status.body()).contains("ご不便をおかけしております。&lt;b&gt;確認中&lt;/b&gt;です。")
                .doesNotContain("internal: customer seems upset")
                .contains(HtmlUtils.htmlEscape(messages.getMessage("tickets.event.PUBLIC_REPLY", null, Locale.JAPANESE)));

        Page empty = customer.submit(status, "/status/" + reference + "/replies",
                Map.of("token", location.substring(location.indexOf("token=") + 6, location.indexOf('&')), "text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains(HtmlUtils.htmlEscape(
                messages.getMessage("selfservice.status.reply.empty", null, Locale.JAPANESE)));

        tickets.changeStatus(reference, version, TicketStatus.CLOSED, "agent");
        Page closed = customer.get(location);
        assertThat(closed.body()).doesNotContain("id=\"reply-form\"")
                .contains(HtmlUtils.htmlEscape(messages.getMessage("tickets.closed", null, Locale.JAPANESE)));
        Page refused = customer.submit(status, "/status/" + reference + "/replies",
                Map.of("token", location.substring(location.indexOf("token=") + 6, location.indexOf('&')), "text", "hello"));
        assertThat(refused.status()).isEqualTo(409);
    }
}
