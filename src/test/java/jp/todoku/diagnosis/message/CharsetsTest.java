package jp.todoku.diagnosis.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetsTest {

    private static final String JAPANESE = "宛先のメールボックスが一杯です";

    @ParameterizedTest(name = "{0} labelled {1}")
    @CsvSource(nullValues = "-", value = {
        "UTF-8, -", "UTF-8, us-ascii", "UTF-8, iso-8859-1",
        "ISO-2022-JP, -", "ISO-2022-JP, us-ascii", "ISO-2022-JP, iso-2022-jp",
        "windows-31j, -", "windows-31j, shift_jis", "windows-31j, us-ascii",
        "EUC-JP, -", "EUC-JP, euc-jp", "EUC-JP, us-ascii"})
    void decodesJapaneseWithRightWrongOrMissingLabels(String actual, String label) {
        byte[] bytes = JAPANESE.getBytes(Charset.forName(actual));

        assertThat(Charsets.decode(bytes, label)).isEqualTo(JAPANESE);
    }

    @Test
    void keepsLatinTextInItsLabelledCharset() {
        byte[] bytes = "Zustellung fehlgeschlagen: Empfänger unbekannt".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Charsets.decode(bytes, "iso-8859-1")).isEqualTo("Zustellung fehlgeschlagen: Empfänger unbekannt");
    }

    @Test
    void anUnknownLabelFallsBackToGuessing() {
        assertThat(Charsets.decode("naïve".getBytes(StandardCharsets.UTF_8), "x-unknown-charset")).isEqualTo("naïve");
    }
}
