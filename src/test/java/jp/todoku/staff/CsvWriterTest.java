package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain|plain",
        "山田 太郎|山田 太郎",
        "a,b|`\"a,b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
        "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
        "+81 3|'+81 3",
        "-1|'-1",
        "@SUM(A1)|'@SUM(A1)",
        "=1+2|'=1+2",
    })
    void quotesAndGuardsCells(String value, String expected) {
        assertThat(CsvWriter.cell(value)).isEqualTo(expected);
    }

    @Test
    void rowsEndWithCrLfAndLineBreaksStayInsideTheCell() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.writeByteOrderMark();
        csv.writeRow(List.of("a", "two\nlines"));
        csv.writeRow(Arrays.asList(null, ""));

        assertThat(out.toString()).isEqualTo("\uFEFFa,\"two\nlines\"\r\n,\r\n");
    }
}
