package jp.todoku.diagnosis.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", textBlock = """
            *                 | 5.1.1   | true
            *                 | null    | true
            none              | null    | true
            none              | 5.1.1   | false
            5.1.1             | 5.1.1   | true
            5.1.1             | 5.1.10  | false
            5.1.1             | null    | false
            5.7.*             | 5.7.606 | true
            5.7.*             | 4.7.1   | false
            5.*               | 5.3.4   | true
            2.*               | 2.1.5   | true
            5.7.606-5.7.649   | 5.7.620 | true
            5.7.606-5.7.649   | 5.7.650 | false
            4.7.20-4.7.24     | 4.7.22  | true
            x.2.2             | 4.2.2   | true
            x.2.2             | 5.2.2   | true
            x.2.2             | 5.2.1   | false
            x.2.2             | null    | false
            x.7.x             | 4.7.26  | true
            x.7.x             | 5.1.1   | false
            5.7.x             | 5.7.1   | true
            5.7.x             | 4.7.1   | false
            """)
    void statusPatterns(String pattern, String status, boolean matches) {
        DeliveryStatus code = status == null ? null : DeliveryStatus.find(status).orElseThrow();
        assertThat(CodePattern.findStatus(pattern).orElseThrow().matches(code)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", textBlock = """
            550       | 550  | true
            550       | 551  | false
            5xx       | 554  | true
            5xx       | 421  | false
            55x       | 552  | true
            501-507   | 504  | true
            501-507   | 550  | false
            none      | null | true
            *         | null | true
            """)
    void replyPatterns(String pattern, Integer reply, boolean matches) {
        ReplyCode code = reply == null ? null : new ReplyCode(reply);
        assertThat(CodePattern.findReply(pattern).orElseThrow().matches(code)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({"5.7", "6.1.1", "5.x.1", "5.1.1-4.1.1", "abc", "5.1.1-5.1.2-5.1.3"})
    void refusesWhatIsNotAStatusPattern(String pattern) {
        assertThat(CodePattern.findStatus(pattern)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: specificity {1}, only a class {2}")
    @CsvSource({"5.7.1, 3, false", "x.2.2, 2, false", "5.7.x, 2, true", "x.7.x, 1, true", "5.7.0, 3, true",
            "x.0.0, 2, true", "5.*, 1, true", "5.7.606-5.7.649, 2, false"})
    void specificityAndClassOnly(String pattern, int specificity, boolean onlyAClass) {
        CodePattern code = CodePattern.findStatus(pattern).orElseThrow();
        assertThat(code.specificity()).isEqualTo(specificity);
        assertThat(code.namesOnlyAClass()).isEqualTo(onlyAClass);
        assertThat(code.matches(code.exampleStatus())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"55", "650", "5x0", "5501", "x50"})
    void refusesWhatIsNotAReplyPattern(String pattern) {
        assertThat(CodePattern.findReply(pattern)).isEmpty();
    }
}
