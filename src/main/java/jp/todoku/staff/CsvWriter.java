package jp.todoku.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as Excel reads it (RFC 4180 quoting, CRLF line ends). Cells starting with = + - @ (or a tab or
 * carriage return) get a leading apostrophe so a spreadsheet shows them as text instead of running
 * them as a formula: ticket data comes from customers and bounces.
 */
final class CsvWriter {

    /** The byte order mark Excel needs to read UTF-8 (otherwise it guesses Shift_JIS on Japanese Windows). */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void writeByteOrderMark() {
        write(String.valueOf(BYTE_ORDER_MARK));
    }

    void writeRow(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int index = 0; index < cells.size(); index++) {
            if (index > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(index)));
        }
        write(line.append("\r\n").toString());
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String guarded = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = guarded.indexOf(',') >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0 || guarded.startsWith(" ") || guarded.endsWith(" ");
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
