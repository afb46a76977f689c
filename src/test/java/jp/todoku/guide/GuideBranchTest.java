package jp.todoku.guide;

import static jp.todoku.guide.GuideWalk.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One test per branch of the questionnaire: the questions asked and the findings reached. */
class GuideBranchTest {

    @Test
    void port25LeadsToOp25bAndPort587() {
        GuideWalk walk = GuideWalk.sending("CANNOT_SEND").answer("send.receive-works", "YES").answer("client", "OUTLOOK")
                .answer("send.port", "25").answer("send.authentication", "SMTP_AUTH").answer("send.abroad", "NO")
                .answer("connection.wrong-password", "NO").answer("client.error-shown", "NO");
        Outcome outcome = walk.outcome();

        assertThat(ids(outcome)).first().isEqualTo("op25b-port-587");
        assertThat(ids(outcome)).doesNotContain("smtp-auth-abroad", "password-lockout", "contact-support");
        assertThat(outcome.findings().get(0).knowledgeId()).contains("situation-op25b");
        assertThat(outcome.ticketFields()).isEqualTo(new TicketFields("example.co.jp", Direction.SEND,
                LocalDate.of(2026, 11, 20), Symptom.CANNOT_SEND, Scope.SOME));
        assertThat(walk.asked()).containsExactly("direction", "domain", "since", "scope", "symptom",
                "send.receive-works", "client", "send.port", "send.authentication", "send.abroad",
                "connection.wrong-password", "client.error-shown");
    }

    @Test
    void portUnknownAsksToCheckThePortAndPort587GetsTheSettingsList() {
        Outcome unknown = GuideWalk.sending("CANNOT_SEND").answer("send.receive-works", "YES").answer("client", "OTHER")
                .answer("send.port", "UNKNOWN").answer("send.authentication", "SMTP_AUTH").answer("send.abroad", "NO")
                .answer("connection.wrong-password", "NO").answer("client.error-shown", "NO").outcome();
        assertThat(ids(unknown)).contains("find-port-setting").doesNotContain("op25b-port-587");

        Outcome on587 = GuideWalk.sending("CANNOT_SEND").answer("send.receive-works", "YES").answer("client", "OTHER")
                .answer("send.port", "587").answer("send.authentication", "SMTP_AUTH").answer("send.abroad", "NO")
                .answer("connection.wrong-password", "NO").answer("client.error-shown", "NO").outcome();
        assertThat(ids(on587)).containsExactly("send-settings-check");
    }

    @Test
    void abroadLeadsToTheSmtpAuthRestrictionAndPopBeforeSmtpWarning() {
        Outcome outcome = GuideWalk.sending("CANNOT_SEND").answer("send.receive-works", "YES").answer("client", "THUNDERBIRD")
                .answer("send.port", "587").answer("send.authentication", "POP_BEFORE_SMTP").answer("send.abroad", "YES")
                .answer("connection.wrong-password", "NO").answer("client.error-shown", "NO").outcome();

        assertThat(ids(outcome)).startsWith("smtp-auth-abroad", "pop-before-smtp-abroad")
                .doesNotContain("pop-before-smtp-receive-first");
        assertThat(outcome.findings().get(0).knowledgeId()).contains("situation-smtp-auth-abroad");
    }

    @Test
    void popBeforeSmtpAtHomeMeansReceiveFirst() {
        Outcome outcome = GuideWalk.sending("CANNOT_SEND").answer("send.receive-works", "YES").answer("client", "OUTLOOK")
                .answer("send.port", "587").answer("send.authentication", "UNKNOWN").answer("send.abroad", "NO")
                .answer("connection.wrong-password", "NO").answer("client.error-shown", "NO").outcome();
        assertThat(ids(outcome)).contains("pop-before-smtp-receive-first").doesNotContain("smtp-auth-abroad");
    }

    @Test
    void wrongPasswordLeadsToLockOutWithTicket() {
        Outcome outcome = GuideWalk.receiving("CANNOT_RECEIVE").answer("receive.send-works", "YES").answer("client", "SMARTPHONE")
                .answer("connection.wrong-password", "YES").answer("client.error-shown", "NO").outcome();

        assertThat(ids(outcome)).first().isEqualTo("password-lockout");
        assertThat(ids(outcome)).contains("receive-settings-check");
        assertThat(outcome.suggestsTicket()).isTrue();
        // Receiving trouble never asks about the sending port.
        assertThat(outcome.path()).extracting(AnsweredQuestion::questionId).doesNotContain("send.port");
    }

    @Test
    void nothingWorksWithoutWebPagesLeadsToNetworkChecks() {
        Outcome outcome = GuideWalk.sending("CANNOT_SEND").answer("send.receive-works", "NO")
                .answer("connection.web-pages", "NO").answer("connection.wrong-password", "NO")
                .answer("client.error-shown", "NO").outcome();

        assertThat(ids(outcome)).first().isEqualTo("network-check");
        assertThat(ids(outcome)).doesNotContain("server-fault");
        assertThat(outcome.findings().get(0).stepKeys()).hasSize(5);
    }

    @Test
    void nothingWorksButWebPagesOpenPointsToTheServerAndSupport() {
        Outcome outcome = GuideWalk.receiving("CANNOT_RECEIVE").answer("receive.send-works", "NO")
                .answer("connection.web-pages", "YES").answer("connection.wrong-password", "UNKNOWN")
                .answer("client.error-shown", "NO").outcome();

        assertThat(ids(outcome)).containsExactly("server-fault");
        assertThat(outcome.suggestsTicket()).isTrue();
    }

    @Test
    void clientErrorShownLeadsToThePasteStep() {
        Outcome outcome = GuideWalk.sending("CANNOT_SEND").answer("send.receive-works", "NO")
                .answer("connection.web-pages", "YES").answer("connection.wrong-password", "YES")
                .answer("client.error-shown", "YES").outcome();

        assertThat(ids(outcome)).startsWith("paste-client-error").contains("password-lockout");
        assertThat(ids(outcome)).doesNotContain("server-fault");
        assertThat(outcome.asksForErrorMail()).isTrue();
    }

    @Test
    void forwardingToGmailRecommendsFetchingAndSenderAuthentication() {
        Outcome outcome = GuideWalk.receiving("NOT_ARRIVING").answer("receive.forwarding", "GMAIL")
                .answer("receive.spam-checked", "YES").answer("receive.sender-bounce", "NO").outcome();

        assertThat(ids(outcome)).containsExactly("forwarding-to-gmail", "sender-domain-authentication", "read-headers-missing");
        assertThat(outcome.findings().get(0).knowledgeId()).contains("situation-forwarding-to-gmail");
        assertThat(outcome.findings().get(1).knowledgeId()).contains("situation-sender-authentication");
    }

    @Test
    void forwardingToYahooAndOutlookHaveTheirOwnFindings() {
        Outcome yahoo = GuideWalk.receiving("NOT_ARRIVING").answer("receive.forwarding", "YAHOO")
                .answer("receive.spam-checked", "YES").answer("receive.sender-bounce", "NO").outcome();
        assertThat(ids(yahoo)).contains("forwarding-to-yahoo").doesNotContain("forwarding-to-gmail");

        Outcome outlook = GuideWalk.receiving("DELAYED").answer("receive.forwarding", "OUTLOOK_COM").outcome();
        assertThat(ids(outlook)).contains("forwarding-to-outlook", "delay-temporary", "sender-domain-authentication");
    }

    @Test
    void notArrivingUncheckedSpamFolderAndSenderBounce() {
        Outcome outcome = GuideWalk.receiving("NOT_ARRIVING").answer("receive.forwarding", "NO")
                .answer("receive.spam-checked", "NO").answer("receive.sender-bounce", "YES").outcome();

        assertThat(ids(outcome)).containsExactly("ask-sender-for-error-mail", "own-spam-folder", "read-headers-spam");
        assertThat(outcome.asksForErrorMail()).isTrue();
    }

    @Test
    void wholeDomainNotReceivingGoesToSupport() {
        Outcome outcome = new GuideWalk().answer("direction", "RECEIVE").answer("domain", "example.jp")
                .answer("since", "2026-11-22").answer("scope", "ALL").answer("symptom", "NOT_ARRIVING")
                .answer("receive.forwarding", "NO").answer("receive.spam-checked", "YES")
                .answer("receive.sender-bounce", "UNKNOWN").outcome();

        assertThat(ids(outcome)).containsExactly("whole-domain-not-receiving", "read-headers-missing");
        assertThat(outcome.suggestsTicket()).isTrue();
    }

    @Test
    void mobileCarrierRecipientLeadsToTheDomainFilter() {
        Outcome outcome = GuideWalk.sending("NOT_DELIVERED").answer("send.recipient", "MOBILE")
                .answer("send.attachment", "NONE").answer("send.spam-asked", "YES").outcome();

        assertThat(ids(outcome)).containsExactly("mobile-domain-filter", "read-headers-missing");
        assertThat(outcome.findings().get(0).knowledgeId()).contains("situation-mobile-domain-filter");
    }

    @Test
    void corporateRecipientLeadsToFiltersAndAttachmentLimits() {
        Outcome small = GuideWalk.sending("NOT_DELIVERED").answer("send.recipient", "CORPORATE")
                .answer("send.attachment", "UNDER_1MB").answer("send.spam-asked", "NO").outcome();
        assertThat(ids(small)).containsExactly("corporate-filters", "recipient-spam-folder", "read-headers-spam");

        Outcome large = GuideWalk.sending("NOT_DELIVERED").answer("send.recipient", "CORPORATE")
                .answer("send.attachment", "UP_TO_7MB").answer("send.spam-asked", "YES").outcome();
        assertThat(ids(large)).containsExactly("corporate-filters", "corporate-attachment-limit", "attachment-size-check",
                "read-headers-missing");
    }

    @Test
    void largeAttachmentExplainsTheBase64Limit() {
        Outcome outcome = GuideWalk.sending("NOT_DELIVERED").answer("send.recipient", "OTHER")
                .answer("send.attachment", "OVER_7MB").answer("send.spam-asked", "YES").outcome();
        assertThat(ids(outcome)).containsExactly("attachment-over-limit", "read-headers-missing");
        assertThat(outcome.findings().get(0).knowledgeId()).contains("situation-attachment-size");
    }

    @Test
    void qqComRecipientExplainsItsLimits() {
        Outcome outcome = GuideWalk.sending("ERROR_MAIL").answer("send.recipient", "QQ")
                .answer("send.attachment", "NONE").outcome();
        assertThat(ids(outcome)).containsExactly("paste-error-mail", "qq-com-limits");
    }

    @Test
    void errorMailLeadsToThePasteStepFirstAndKeepsTheAnswers() {
        Outcome outcome = GuideWalk.sending("ERROR_MAIL").answer("send.recipient", "FREEMAIL")
                .answer("send.attachment", "NONE").outcome();

        assertThat(outcome.findings().get(0).id()).isEqualTo("paste-error-mail");
        assertThat(outcome.findings().get(0).kind()).isEqualTo(FindingKind.PASTE_ERROR_MAIL);
        assertThat(outcome.asksForErrorMail()).isTrue();
        assertThat(outcome.ticketFields().symptom()).isEqualTo(Symptom.ERROR_MAIL);
        // The answers travel to the paste page and come back intact.
        assertThat(Answers.of(outcome.answers().toMap())).isEqualTo(outcome.answers());
        assertThat(outcome.answers().find("send.recipient")).contains("FREEMAIL");
    }

    @Test
    void errorMailOnTheReceivingSideAsksTheSenderForIt() {
        Outcome outcome = GuideWalk.receiving("ERROR_MAIL").answer("receive.forwarding", "NO").outcome();
        assertThat(ids(outcome)).containsExactly("ask-sender-for-error-mail", "contact-support");
        assertThat(outcome.ticketFields().direction()).isEqualTo(Direction.RECEIVE);
    }

    @Test
    void delayedSendingAfterBulkMailPointsToThrottling() {
        GuideWalk walk = GuideWalk.sending("DELAYED").answer("send.recipient", "FREEMAIL")
                .answer("send.bulk", "YES").answer("delay.notice", "YES");
        Outcome outcome = walk.outcome();

        assertThat(ids(outcome)).containsExactly("paste-delay-notice", "delay-bulk-throttling",
                "sender-domain-authentication", "delay-temporary", "read-headers-late");
        assertThat(walk.asked()).doesNotContain("send.attachment");
    }

    @Test
    void delayedWithoutBulkOrNoticeStillExplainsRetries() {
        Outcome outcome = GuideWalk.sending("DELAYED").answer("send.recipient", "OTHER")
                .answer("send.bulk", "NO").answer("delay.notice", "NO").outcome();
        assertThat(ids(outcome)).containsExactly("delay-temporary", "read-headers-late");
    }

    @Test
    void noClearCauseFallsBackToSupport() {
        Outcome outcome = GuideWalk.sending("NOT_DELIVERED").answer("send.recipient", "OTHER")
                .answer("send.attachment", "NONE").answer("send.spam-asked", "YES").outcome();
        assertThat(ids(outcome)).containsExactly("read-headers-missing", "contact-support");
        assertThat(outcome.suggestsTicket()).isTrue();
    }

    @Test
    void findingsAreOrderedByPriority() {
        Outcome outcome = GuideWalk.sending("NOT_DELIVERED").answer("send.recipient", "FREEMAIL")
                .answer("send.attachment", "UP_TO_3MB").answer("send.spam-asked", "NO").outcome();
        assertThat(outcome.findings()).extracting(Finding::priority).isSortedAccordingTo(Enum::compareTo);
    }
}
