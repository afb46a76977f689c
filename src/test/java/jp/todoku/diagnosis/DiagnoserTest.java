package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each reader family and the hard cases, on the engine's own synthetic fixtures. */
class DiagnoserTest {

    private final Diagnoser diagnoser = Diagnoser.create();

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            postfix-two-recipients.eml    | 1 | nobody@example.org           | 5.1.1  | 550 | RCPT | mx.example.org    | USER_UNKNOWN | postfix
            postfix-two-recipients.eml    | 2 | full@example.org             | 4.2.2  | 452 | RCPT | mx.example.org    | MAILBOX_FULL | postfix
            sendmail-transcript.eml       | 1 | reader@example.com           | 5.2.3  | 552 | DATA | mx.example.com    | EXCEED_LIMIT | sendmail
            exim-plain.eml                | 1 | gone@example.org             | 5.1.1  | 550 | RCPT | mx.example.org    | USER_UNKNOWN | exim
            qmail-plain.eml               | 1 | vanished@example.org         | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | qmail
            gmail-plain.eml               | 1 | lost@example.jp              | 5.2.1  | 550 | -    | -                 | SUSPEND      | gmail
            amazonses-json.eml            | 1 | first@example.org            | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | amazonses
            amazonses-json.eml            | 2 | second@example.org           | 5.2.2  | 552 | -    | -                 | MAILBOX_FULL | amazonses
            iso2022jp-mislabelled.eml     | 1 | taro@example.ne.jp           | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | heuristic
            shiftjis-unlabelled.eml       | 1 | jiro@example.co.jp           | 5.2.2  | 550 | -    | -                 | MAILBOX_FULL | heuristic
            base64-notification.eml       | 1 | sleepy@example.org           | 4.4.1  | -   | -    | mx.example.org    | EXPIRED      | postfix
            broken-boundary.eml           | 1 | missing@example.org          | 5.1.1  | 550 | RCPT | mx.example.org    | USER_UNKNOWN | postfix
            domino-plain.eml              | 1 | hanako@notes.example.co.jp   | -      | -   | -    | -                 | USER_UNKNOWN | domino
            exchange2003-plain.eml        | 1 | someone@ex.example.net       | -      | -   | -    | -                 | USER_UNKNOWN | exchange2003
            googlegroups-refusal.eml      | 1 | closed-list@googlegroups.com | -      | -   | -    | -                 | REJECTED     | googlegroups
            postfix-server-transcript.eml | 1 | reader@example.com           | 4.3.1  | 452 | DATA | -                 | SYSTEM_FULL  | postfix
            sendmail-v5-transcript.eml    | 1 | prof@example.edu             | -      | 550 | MAIL | relay.example.edu | NO_RELAYING  | sendmail
            sendmail-v5-transcript.eml    | 2 | nobody@example.org           | -      | 550 | -    | -                 | HOST_UNKNOWN | sendmail
            powermta-bad-mailbox.eml      | 1 | retired@example.com          | 5.1.1  | 550 | -    | mx1.example.com   | USER_UNKNOWN | powermta
            office365-not-found.eml       | 1 | moved@example.net            | 5.1.10 | 550 | -    | -                 | USER_UNKNOWN | office365
            exchange2007-quota.eml        | 1 | archive@corp.example.com     | 5.2.2  | 550 | -    | -                 | MAILBOX_FULL | exchange2007
            outlook-hotmail.eml           | 1 | nobody-here@hotmail.com      | 5.5.0  | 550 | -    | -                 | USER_UNKNOWN | outlook
            dragonfly-plain.eml           | 1 | ops@example.com              | 5.1.1  | 550 | RCPT | box.example.net   | USER_UNKNOWN | dragonfly
            trendmicro-plain.eml          | 1 | suzuki@example.com           | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | trendmicro
            mfilter-plain.eml             | 1 | taro.y@example.com           | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | mfilter
            kddi-mailbox-full.eml         | 1 | kenta@example.com            | -      | -   | -    | -                 | MAILBOX_FULL | kddi
            yahoo-plain.eml               | 1 | closed-box@example.net       | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | yahoo
            courier-two-recipients.eml    | 1 | alpha@example.com            | 5.1.1  | 550 | RCPT | mx.example.com    | USER_UNKNOWN | courier
            courier-two-recipients.eml    | 2 | beta@example.com             | 4.2.2  | 452 | RCPT | mx.example.com    | MAILBOX_FULL | courier
            mcafee-unknown-user.eml       | 1 | left-company@example.com     | -      | 550 | -    | 192.0.2.77        | FILTERED     | mcafee
            opensmtpd-two-recipients.eml  | 1 | first-gone@example.com       | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | opensmtpd
            opensmtpd-two-recipients.eml  | 2 | second-gone@example.org      | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | opensmtpd
            zoho-plain.eml                | 1 | nothere@example.com          | 5.1.1  | 550 | -    | -                 | USER_UNKNOWN | zoho
            imailserver-unknown.eml       | 1 | absent@example.org           | -      | -   | -    | -                 | USER_UNKNOWN | imailserver
            ezweb-disabled.eml            | 1 | old-phone-owner@ezweb.ne.jp  | -      | -   | -    | -                 | SUSPEND      | ezweb
            verizon-mms.eml               | 1 | 5550100123@vzwpix.com        | -      | -   | -    | -                 | USER_UNKNOWN | verizon
            rfc3464-two-recipients.eml    | 1 | no-such-user@example.com     | 5.1.1  | 550 | -    | mx2.example.com   | USER_UNKNOWN | rfc3464
            rfc3464-two-recipients.eml    | 2 | overfull@example.org         | 5.2.2  | 552 | -    | mx.example.org    | MAILBOX_FULL | rfc3464
            fml-not-member.eml            | 1 | tea-ml@lists.example.jp      | -      | -   | -    | -                 | REJECTED     | fml
            """)
    void decodesEachFamily(String file, int index, String recipient, String status, String replyCode, String command,
                           String remoteHost, Reason reason, String decodedBy) {
        Diagnosis diagnosis = diagnoser.diagnose(Fixtures.bytes(file));

        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.BOUNCE);
        DeliveryFailure failure = diagnosis.failures().get(index - 1);
        assertThat(failure.recipient()).isEqualTo(recipient);
        assertThat(failure.findStatus().map(Object::toString).orElse(null)).isEqualTo(status);
        assertThat(failure.findReplyCode().map(Object::toString).orElse(null)).isEqualTo(replyCode);
        assertThat(failure.findCommand().map(SmtpCommand::label).orElse(null)).isEqualTo(command);
        assertThat(failure.remoteHost()).isEqualTo(remoteHost);
        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(failure.decodedBy()).isEqualTo(decodedBy);
    }

    @Test
    void keepsTheOrderOfSeveralRecipientsAndTheOriginalsSubject() {
        List<DeliveryFailure> failures = diagnoser.diagnose(Fixtures.bytes("postfix-two-recipients.eml")).failures();

        assertThat(failures).extracting(DeliveryFailure::recipient).containsExactly("nobody@example.org", "full@example.org");
        assertThat(failures.get(0).subject()).isEqualTo("企画のご案内");
        assertThat(failures.get(0).messageId()).isEqualTo("plan-0001@example.com");
        assertThat(failures.get(0).sender()).isEqualTo("sender@example.com");
        assertThat(failures.get(0).reportingHost()).isEqualTo("relay.example.net");
        assertThat(failures.get(0).diagnosticText()).isEqualTo(
                "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table");
        assertThat(failures.get(1).temporary()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            courier-two-recipients.eml   | alpha@example.com        | beta@example.com
            opensmtpd-two-recipients.eml | first-gone@example.com   | second-gone@example.org
            rfc3464-two-recipients.eml   | no-such-user@example.com | overfull@example.org
            """)
    void eachFamilyKeepsTheOrderItListsItsRecipientsIn(String file, String first, String second) {
        assertThat(diagnoser.diagnose(Fixtures.bytes(file)).failures())
                .extracting(DeliveryFailure::recipient).containsExactly(first, second);
    }

    @Test
    void readsJapaneseTextWhateverTheLabelSays() {
        DeliveryFailure failure = diagnoser.diagnose(Fixtures.bytes("iso2022jp-mislabelled.eml")).failures().get(0);

        assertThat(failure.diagnosticText()).contains("ユーザーが存在しません");
        assertThat(diagnoser.diagnose(Fixtures.bytes("shiftjis-unlabelled.eml")).failures().get(0).diagnosticText())
                .contains("メールボックスが一杯です");
    }

    @Test
    void abuseReportsAreFeedbackWithTheirType() {
        List<DeliveryFailure> failures = diagnoser.diagnose(Fixtures.bytes("arf-abuse.eml")).failures();

        assertThat(failures).extracting(DeliveryFailure::recipient)
                .containsExactly("reader1@isp.example.net", "reader2@isp.example.net");
        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.reason()).isEqualTo(Reason.FEEDBACK);
            assertThat(failure.feedbackType()).isEqualTo("abuse");
            assertThat(failure.status()).isNull();
        });
    }

    @Test
    void autoRepliesAreVacation() {
        DeliveryFailure failure = diagnoser.diagnose(Fixtures.bytes("autoreply.eml")).failures().get(0);

        assertThat(failure.reason()).isEqualTo(Reason.VACATION);
        assertThat(failure.recipient()).isEqualTo("away@example.org");
        assertThat(failure.decodedBy()).isEqualTo("rfc3834");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "domino-plain.eml, USER_UNKNOWN",
        "exchange2003-plain.eml, USER_UNKNOWN",
        "googlegroups-refusal.eml, REJECTED"})
    void formatsWithFixedMessagesGiveTheirReason(String file, Reason reason) {
        DeliveryFailure failure = diagnoser.diagnose(Fixtures.bytes(file)).failures().get(0);

        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(failure.diagnosticText()).isNotBlank();
    }

    @Test
    void aRecipientNamedInsideASentenceGetsThatSentence() {
        DeliveryFailure failure = diagnoser.diagnose(Fixtures.bytes("gmail-address-not-found.eml")).failures().get(0);

        assertThat(failure.recipient()).isEqualTo("nobody@example.it");
        assertThat(failure.diagnosticText()).startsWith("Your message wasn't delivered to nobody@example.it because the address couldn't be found.");
        assertThat(failure.findStatus()).contains(new DeliveryStatus(5, 0, 0));
        assertThat(failure.decodedBy()).isEqualTo("gmail");
    }

    @Test
    void aBounceForwardedAsAnAttachmentIsReadFromTheAttachment() {
        Diagnosis diagnosis = diagnoser.diagnose(Fixtures.bytes("forwarded-exim-attachment.eml"));

        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.BOUNCE);
        assertThat(diagnosis.failures()).extracting(DeliveryFailure::recipient).containsExactly("gone@example.org");
        assertThat(diagnosis.failures().get(0).decodedBy()).isEqualTo("exim");
        assertThat(diagnosis.failures().get(0).subject()).isEqualTo("Hello there");
    }

    @Test
    void aBounceForwardedInlineIsReadBelowTheForwardLine() {
        Diagnosis diagnosis = diagnoser.diagnose(Fixtures.bytes("forwarded-qmail-inline.eml"));

        assertThat(diagnosis.failures()).extracting(DeliveryFailure::recipient).containsExactly("vanished@example.org");
        assertThat(diagnosis.failures().get(0).decodedBy()).isEqualTo("qmail");
        assertThat(diagnosis.failures().get(0).findStatus()).contains(new DeliveryStatus(5, 1, 1));
    }

    @Test
    void anOrdinaryMessageIsNotABounce() {
        assertThat(diagnoser.diagnose(Fixtures.bytes("not-bounce.eml")).kind()).isEqualTo(Diagnosis.Kind.NOT_BOUNCE);
    }

    @Test
    void anMboxGivesOneDiagnosisPerMessage() {
        List<Diagnosis> each = diagnoser.diagnoseEach(Fixtures.bytes("mbox-two.mbox"));

        assertThat(each).hasSize(2);
        assertThat(each.get(0).failures().get(0).recipient()).isEqualTo("first@example.org");
        assertThat(each.get(1).failures().get(0).recipient()).isEqualTo("second@example.org");
        assertThat(diagnoser.diagnose(Fixtures.bytes("mbox-two.mbox")).failures()).hasSize(2);
    }

    @Test
    void aQuotedFullWidthFragmentGivesItsCodesAndAddress() {
        Diagnosis diagnosis = diagnoser.diagnose(new String(Fixtures.bytes("fragment-fullwidth.txt"), StandardCharsets.UTF_8));

        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.FRAGMENT);
        DeliveryFailure failure = diagnosis.failures().get(0);
        assertThat(failure.recipient()).isEqualTo("taro@example.jp");
        assertThat(failure.findStatus()).contains(new DeliveryStatus(5, 1, 1));
        assertThat(failure.findReplyCode()).contains(new ReplyCode(550));
    }

    @Test
    void aBounceCopiedFromAMailClientWindowKeepsOnlyTheFailedRecipient() {
        Diagnosis diagnosis = diagnoser.diagnose(new String(Fixtures.bytes("fragment-outlook-window.txt"), StandardCharsets.UTF_8));

        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.FRAGMENT);
        assertThat(diagnosis.failures()).extracting(DeliveryFailure::recipient).containsExactly("taro@example.org");
        DeliveryFailure failure = diagnosis.failures().get(0);
        assertThat(failure.findStatus()).contains(new DeliveryStatus(5, 1, 1));
        assertThat(failure.findCommand()).contains(SmtpCommand.RCPT);
        assertThat(failure.remoteHost()).isEqualTo("mx.example.org");
    }

    @Test
    void aFragmentWithoutAnAddressStillGivesTheError() {
        Diagnosis diagnosis = diagnoser.diagnose(Fixtures.bytes("fragment-no-address.txt"));

        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.FRAGMENT);
        assertThat(diagnosis.failures().get(0).recipient()).isNull();
        assertThat(diagnosis.failures().get(0).findStatus()).contains(new DeliveryStatus(5, 7, 1));
    }

    @Test
    void anOutlookClientErrorCodeIsAFragment() {
        Diagnosis diagnosis = diagnoser.diagnose("送信できませんでした。エラー番号: 0x800CCC0F");

        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.FRAGMENT);
        assertThat(diagnosis.failures().get(0).diagnosticText()).contains("0x800CCC0F");
    }

    @Test
    void textWithoutAnyErrorIsNotABounce() {
        assertThat(diagnoser.diagnose("hello, how are you?").kind()).isEqualTo(Diagnosis.Kind.NOT_BOUNCE);
    }

    @Test
    void lineEndingsDoNotChangeTheResult() {
        byte[] lf = Fixtures.bytes("postfix-two-recipients.eml");
        String text = new String(lf, StandardCharsets.ISO_8859_1);
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] cr = text.replace("\n", "\r").getBytes(StandardCharsets.ISO_8859_1);

        Diagnosis expected = diagnoser.diagnose(lf);
        assertThat(diagnoser.diagnose(crlf)).isEqualTo(expected);
        assertThat(diagnoser.diagnose(cr)).isEqualTo(expected);
    }
}
