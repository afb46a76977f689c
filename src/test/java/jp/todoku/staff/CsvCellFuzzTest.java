package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.todoku.fuzz.Bounds;

/**
 * CSV export escaping (issue 16): whatever a customer or a bounce put in a ticket, the exported cell, read
 * back as a spreadsheet reads it, is the same text (plus at most the guarding apostrophe) and never starts
 * a formula (= + - @, tab, carriage return).
 */
class CsvCellFuzzTest {

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void cell(byte[] input) {
        String value = new String(input, StandardCharsets.UTF_8);
        String cell = bounds.timed("CsvWriter.cell", value.length(), () -> CsvWriter.cell(value));
        Bounds.outputBounded("cell", cell.length(), value.length(), 2, 3);
        String read = unquote(cell);
        if (!read.isEmpty()) {
            assertThat("=+-@\t\r".indexOf(read.charAt(0))).as("cell %s starts a formula", cell).isLessThan(0);
        }
        assertThat(read.equals(value) || read.equals("'" + value)).as("cell %s reads back as %s", cell, read).isTrue();
        if (!cell.startsWith("\"")) {
            assertThat(cell).doesNotContain(",", "\"", "\n", "\r");
        }

        // A row of such cells splits back into the same cells.
        StringWriter out = new StringWriter();
        new CsvWriter(out).writeRow(List.of(value, "x", value));
        List<String> row = parseRow(out.toString());
        assertThat(row).containsExactly(read, "x", read);
    }

    /** The text a spreadsheet reads from one RFC 4180 cell. */
    private static String unquote(String cell) {
        if (!cell.startsWith("\"")) {
            return cell;
        }
        assertThat(cell).endsWith("\"").hasSizeGreaterThanOrEqualTo(2);
        String inner = cell.substring(1, cell.length() - 1);
        assertThat(inner.replace("\"\"", "")).doesNotContain("\"");
        return inner.replace("\"\"", "\"");
    }

    private static List<String> parseRow(String line) {
        assertThat(line).endsWith("\r\n");
        String text = line.substring(0, line.length() - 2);
        List<String> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"' && current.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(current.toString());
                current.setLength(0);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        cells.add(current.toString());
        return cells;
    }
}
