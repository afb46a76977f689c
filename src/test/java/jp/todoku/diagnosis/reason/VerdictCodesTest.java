package jp.todoku.diagnosis.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Temporary or permanent, hard or soft, and which codes the verdict reports. */
class VerdictCodesTest {

    private final ReasonClassifier classifier = ReasonClassifier.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the status class decides first            | 4.2.2 | 552 | false | 552 4.2.2 Mailbox full                      | true
            a permanent status beats a 4xx reply      | 5.2.2 | 452 | false | 452 5.2.2 Mailbox full                      | false
            else the reply class                      | -     | 421 | false | 421 Service not available                   | true
            else the reply class, permanent           | -     | 550 | false | 550 Mailbox full                            | false
            else a temporary wording                  | -     | -   | false | Resources temporarily unavailable           | true
            else a Japanese temporary wording         | -     | -   | false | しばらくしてから再送してください            | true
            else a delayed report                     | -     | -   | true  | odd words                                   | true
            nothing temporary                         | -     | -   | false | odd words                                   | false
            """)
    void temporary(String what, String status, String reply, boolean delayed, String text, boolean temporary) {
        Evidence evidence = Cases.evidence(null, status, reply, null, null, null, null, delayed, null, text);
        assertThat(classifier.classify(evidence).temporary()).as(what).isEqualTo(temporary);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            userunknown is hard                       | 5.1.1 | 550 | 550 5.1.1 User unknown                               | true
            hostunknown is hard                       | 5.1.2 | 550 | 550 5.1.2 Host unknown                               | true
            hasmoved is hard                          | 5.1.6 | 550 | 550 5.1.6 recipient no longer on server              | true
            a permanent notaccept is hard             | 5.7.27 | 550 | 550 Host does not accept mail                       | true
            a temporary notaccept is soft             | 4.0.0 | -   | DNS Error: returned Null MX https://www.rfc-editor.org/info/rfc7505 | false
            mailboxfull is soft                       | 5.2.2 | 552 | 552 5.2.2 Mailbox full                               | false
            """)
    void hardBounce(String what, String status, String reply, String text, boolean hard) {
        Evidence evidence = Cases.evidence(null, status, reply, null, null, null, text);
        assertThat(classifier.classify(evidence).isHardBounce()).as(what).isEqualTo(hard);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a specific status is kept                          | 5.1.1 | 550 | 550 5.1.1 User unknown; was 5.2.2 before | 5.1.1 | 550
            5.0.0 gives way to the code the server wrote       | 5.0.0 | 550 | 5.1.0 - Unknown address error 550-'5.7.1 <x@example.jp>... Access denied' | 5.7.1 | 550
            a missing status is taken from the text            | -     | 550 | 550 5.2.2 <x@example.jp>... Mailbox Full | 5.2.2 | 550
            a code of another class does not replace 4.0.0     | 4.0.0 | -   | 550 5.1.1 User unknown                   | 4.0.0 | -
            5.0.0 after a 4xx given up gives way to the reply  | 5.0.0 | 421 | 421 4.7.1 Deferred due to excessive volume: retry timeout exceeded | 4.7.1 | 421
            no code anywhere stays none                        | -     | -   | Connection timed out                     | -     | -
            a generic code in the text is used if none given   | -     | 550 | 550 5.0.0 <x@example.jp>... User unknown  | 5.0.0 | 550
            a reply code contradicting the status is cleared   | 4.4.7 | 550 | 550 Host unknown; giving up               | 4.4.7 | -
            """)
    void reportedCodes(String what, String status, String reply, String text, String reportedStatus, String reportedReply) {
        Verdict verdict = classifier.classify(Cases.evidence(null, status, reply, null, null, null, text));
        assertThat(verdict.status() == null ? "-" : verdict.status().toString()).as(what).isEqualTo(reportedStatus);
        assertThat(verdict.replyCode() == null ? "-" : verdict.replyCode().toString()).as(what).isEqualTo(reportedReply);
    }

    @Test
    void reportsThatAreNotFailuresCarryNoReplyCode() {
        Verdict vacation = classifier.classify(Cases.evidence("vacation", null, "250", null, null, null, "I am out of the office"));
        assertThat(vacation.reason().code()).isEqualTo("vacation");
        assertThat(vacation.replyCode()).isNull();
        Verdict feedback = classifier.classify(Cases.evidence("feedback", null, "550", null, null, null, "abuse report"));
        assertThat(feedback.replyCode()).isNull();
        assertThat(feedback.isHardBounce()).isFalse();
    }

    @Test
    void namesTheRuleThatDecided() {
        Verdict verdict = classifier.classify(Cases.evidence(null, "5.0.0", "550", "DATA", "neko@docomo.ne.jp", null,
                "550 Unknown user neko@docomo.ne.jp"));
        assertThat(verdict.basis()).startsWith("provider diagnosis/providers/docomo.tsv:");
    }
}
