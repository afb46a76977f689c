package jp.todoku.diagnosis.mta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.todoku.diagnosis.Reason;
import org.junit.jupiter.api.Test;

class FormatMessagesTest {

    @Test
    void theBundledTableLoadsAndNamesOnlyKnownReaders() {
        List<String> readers = Readers.standard().list().stream().map(MailServerReader::name).toList();

        assertThat(FormatMessages.bundled().messages()).isNotEmpty()
                .allSatisfy(message -> assertThat(readers).contains(message.reader()));
    }

    @Test
    void matchesOnlyItsOwnFamily() {
        FormatMessages table = FormatMessages.parse(List.of("# comment", "", "domino\tnot listed in\tuserunknown\tnote"));

        assertThat(table.find("domino", "User X NOT LISTED IN Domino Directory")).isEqualTo(Reason.USER_UNKNOWN);
        assertThat(table.find("postfix", "User X not listed in Domino Directory")).isNull();
    }

    @Test
    void refusesAMalformedLine() {
        assertThatThrownBy(() -> FormatMessages.parse(List.of("domino\tNot Lower Case\tuserunknown")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> FormatMessages.parse(List.of("domino\tx\tnot-a-reason"))).hasMessageContaining("line 1");
    }

    @Test
    void readerNamesAreUnique() {
        List<String> names = Readers.standard().list().stream().map(MailServerReader::name).toList();

        assertThat(names).doesNotHaveDuplicates();
    }
}
