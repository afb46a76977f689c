package jp.todoku.diagnosis.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.TableFormatException;
import jp.todoku.diagnosis.phrase.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every table under diagnosis/reasons loads, every line parses, and each layout refuses bad lines. */
class BundledTablesTest {

    @Test
    void everyBundledTableLoadsEveryLine() {
        assertThat(StatusMeanings.bundled().size()).isEqualTo(TableReader.lines(StatusMeanings.RESOURCE).size());
        assertThat(StepHints.bundled().size()).isEqualTo(TableReader.lines(StepHints.RESOURCE).size());
        assertThat(LocalDeliveryAgents.bundled().size()).isEqualTo(6);
        assertThat(TableReader.phrases(ReasonClassifier.TEMPORARY).phrases())
                .hasSameSizeAs(TableReader.lines(ReasonClassifier.TEMPORARY));
        assertThat(TableReader.rules(ReasonClassifier.PHRASES).rules())
                .hasSameSizeAs(TableReader.lines(ReasonClassifier.PHRASES));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.1.5   | delivered
            5.1.1   | userunknown
            5.1.10  | notaccept
            4.2.2   | mailboxfull
            5.3.4   | mesgtoobig
            4.4.7   | expired
            5.7.13  | suspend
            5.7.22  | authfailure
            5.7.25  | requireptr
            5.7.5   | securityerror
            5.6.1   | -
            5.9.9   | -
            """)
    void statusMeanings(String status, String reason) {
        assertThat(StatusMeanings.bundled().find(DeliveryStatus.find(status).orElseThrow()).map(Reason::code).orElse("-"))
                .isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            host[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)   | RCPT
            SMTP error from remote mail server after end of data: 554 Header error     | DATA
            192.0.2.1 does not like recipient. Remote host said: 550 User unknown       | RCPT
            Connected to 192.0.2.1 but sender was rejected.                             | MAIL
            SMTP error from remote mail server after initial connection: 554 go away    | CONN
            550 550 5.1.1 <neko@example.jp>... User Unknown (state 14).                 | RCPT
            554 554 5.7.0 Header error (state 18).                                      | DATA
            550 5.1.1 User unknown                                                      | -
            """)
    void stepsNamedInTheText(String text, String step) {
        assertThat(StepHints.bundled().find(Clues.of(null, null, text, null).text()).map(SmtpCommand::label).orElse("-"))
                .isEqualTo(step);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            status without a code       | status   | *\\tuserunknown                       | a status meaning needs a code
            status with a bad reason    | status   | 5.1.1\\tnouser                        | 'nouser' is not a reason
            agent named twice apart     | agent    | procmail\\tprocmail\\tmailboxfull\\tcontains\\tquota | is named by
            agent without names         | agent    | procmail\\t\\tmailboxfull\\tcontains\\tquota | an agent needs a name
            step that is not one        | step     | RCTP\\tcontains\\tafter rcpt                | 'RCTP' is not an SMTP step
            step without a text         | step     | RCPT\\tany\\t-                             | a step hint needs a text
            """)
    void layoutsRefuseBadLines(String what, String layout, String line, String message) {
        String content = switch (layout) {
            case "status" -> "5.2.2\tmailboxfull\n" + line.replace("\\t", "\t");
            case "agent" -> "procmail\tprocmail,bin/procmail\tmailboxfull\tcontains\tquota exceeded\n" + line.replace("\\t", "\t");
            default -> "DATA\tcontains\tafter end of data\n" + line.replace("\\t", "\t");
        };
        assertThatThrownBy(() -> {
            switch (layout) {
                case "status" -> StatusMeanings.load("t.tsv", TableReader.lines("t.tsv", content));
                case "agent" -> LocalDeliveryAgents.load("t.tsv", TableReader.lines("t.tsv", content));
                default -> StepHints.load("t.tsv", TableReader.lines("t.tsv", content));
            }
        }).as(what).isInstanceOf(TableFormatException.class).hasMessageStartingWith("t.tsv line 2: ")
                .hasMessageContaining(message);
    }
}
