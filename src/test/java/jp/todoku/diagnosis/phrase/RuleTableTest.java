package jp.todoku.diagnosis.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching: the kinds of text condition, the guards on step and codes, table order and text normalising. */
class RuleTableTest {

    private static final RuleTable TABLE = TableReader.rules("t.tsv", TableReader.lines("t.tsv", String.join("\n",
            "spamdetected\tword\tube",
            "blocked\tall\tclient host && blocked using",
            "rejected\tcontains\taccess denied\tMAIL",
            "securityerror\tcontains\taccess denied",
            "failedstarttls\tany\t-\t*\t*\t523",
            "suspend\tcontains\tmailbox disabled\t*\t5.2.*",
            "mailboxfull\tcontains\tメールボックスが一杯",
            "hasmoved\tcontains\the",
            "hasmoved\tcontains\tshe",
            "userunknown\tcontains\thers",
            "toomanyconn\tcontains\tnone seen\tNONE",
            "")));

    @ParameterizedTest(name = "{0} at {1} → {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", textBlock = """
            550 Message content rejected, UBE, id=1     | null | null  | null | spamdetected
            tube feed                                   | null | null  | null | null
            Client host [x] blocked using zen           | null | null  | null | blocked
            blocked using zen, client host [x]          | null | null  | null | null
            550 5.7.1 Access denied                     | MAIL | null  | null | rejected
            550 5.7.1 Access denied                     | RCPT | null  | null | securityerror
            550 5.7.1 Access denied                     | null | null  | null | securityerror
            523 Encryption Needed                       | null | null  | 523  | failedstarttls
            550 mailbox disabled                        | null | 5.2.1 | null | suspend
            550 mailbox disabled                        | null | 5.7.1 | null | null
            送信先のメールボックスが一杯のため           | null | null  | null | mailboxfull
            ushers                                      | null | null  | null | hasmoved
            nothing at all                              | null | null  | null | null
            none seen                                   | null | null  | null | toomanyconn
            none seen                                   | DATA | null  | null | null
            """)
    void firstLineThatHolds(String text, String command, String status, Integer reply, String expected) {
        Clues clues = Clues.of(status == null ? null : DeliveryStatus.find(status).orElseThrow(),
                reply == null ? null : new ReplyCode(reply), text, command == null ? null : SmtpCommand.find(command).orElseThrow());
        assertThat(TABLE.first(clues).map(rule -> rule.reason().code()).orElse(null)).isEqualTo(expected);
    }

    @Test
    void overlappingPhrasesAreAllFound() {
        // "he", "she", "hers" overlap inside "ushers": the automaton must report every one of them.
        assertThat(TABLE.reasons(Clues.of(null, null, "ushers", null)))
                .containsExactlyInAnyOrder(Reason.HAS_MOVED, Reason.USER_UNKNOWN);
        assertThat(TABLE.matching(Clues.of(null, null, "ushers", null))).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            550-5.2.1 The user is receiving mail at a rate that 550-5.2.1 prevents additional messages. Visit 550 5.2.1 https://x | 550-5.2.1 the user is receiving mail at a rate that prevents additional messages. visit https://x
            550 5.1.1   User\\tUnknown\\r\\n more                                                                                   | 550 5.1.1 user unknown more
            ＵＳＥＲ　unknown                                                                                                      | ｕｓｅｒ unknown
            """)
    void normalisesTextsForMatching(String raw, String normalised) {
        assertThat(Clues.of(null, null, raw.replace("\\t", "\t").replace("\\r\\n", "\r\n"), null).text()).isEqualTo(normalised);
    }

    @Test
    void boundsTheTextItLooksAt() {
        String huge = "x".repeat(3_000_000) + " user unknown";
        assertThat(Clues.of(null, null, huge, null).text()).hasSize(Clues.MAX_TEXT);
    }
}
