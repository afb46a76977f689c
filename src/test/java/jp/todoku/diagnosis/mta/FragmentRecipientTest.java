package jp.todoku.diagnosis.mta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pasted line names its recipient, or only a sender: the sender is never reported as the recipient. */
class FragmentRecipientTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown | taro@example.jp
            554 5.7.1 The message from (<news@shop.example>) with the subject of (sale) matches a profile the Internet community may consider spam | null
            550 Mail from sender@example.com rejected for kimura@example.org | kimura@example.org
            差出人 <boss@example.jp> のメールは拒否されました | null
            """)
    void theRecipientIsNotTheSender(String line, String recipient) {
        assertThat(FragmentReader.firstRecipient(line)).isEqualTo(recipient);
    }
}
