package jp.todoku.diagnosis.phrase;

import java.util.List;
import java.util.Optional;
import jp.todoku.diagnosis.Reason;

/**
 * One data line of a table: its number in the file and its tab-separated columns. The parse helpers
 * refuse a bad column with a {@link TableFormatException} that names the table and the line.
 */
public record TableLine(String table, int number, List<String> columns) {

    public TableLine {
        columns = List.copyOf(columns);
    }

    /** The column at a position, trimmed, or the default when the line is shorter. */
    public String column(int position, String fallback) {
        return position < columns.size() && !columns.get(position).isBlank() ? columns.get(position).trim() : fallback;
    }

    public void requireColumns(int least, int most, String layout) {
        if (columns.size() < least || columns.size() > most) {
            throw fault("expected " + (least == most ? least : least + " to " + most)
                    + " tab-separated columns (" + layout + ") but found " + columns.size());
        }
    }

    public Reason reason(int position) {
        String word = column(position, "");
        return Reason.find(word).orElseThrow(() -> fault("'" + word + "' is not a reason (see docs/reasons.md)"));
    }

    public MatchKind matchKind(int position) {
        String word = column(position, "");
        return MatchKind.find(word).orElseThrow(() -> fault("'" + word + "' is not a match kind (any, contains, word, all)"));
    }

    public Phrase phrase(int kindPosition, int textPosition) {
        MatchKind kind = matchKind(kindPosition);
        String text = column(textPosition, "");
        Optional<Phrase> phrase = Phrase.find(kind, text);
        return phrase.orElseThrow(() -> fault(switch (kind) {
            case ANY -> "'any' takes no text; write '-'";
            case ALL -> "'all' needs two or more parts separated by ' && '";
            default -> "'" + kind.spelling() + "' needs a text";
        }));
    }

    public PhaseGuard phase(int position) {
        String word = column(position, "*");
        return PhaseGuard.find(word).orElseThrow(() -> fault("'" + word
                + "' is not an SMTP step list (*, CONN, EHLO, HELO, STARTTLS, AUTH, MAIL, RCPT, DATA, BDAT, QUIT, NONE, ! to negate)"));
    }

    public CodePattern status(int position) {
        String word = column(position, "*");
        return CodePattern.findStatus(word).orElseThrow(() -> fault("'" + word
                + "' is not a status pattern (*, none, 5.1.1, 5.7.*, 5.7.606-5.7.649)"));
    }

    public CodePattern reply(int position) {
        String word = column(position, "*");
        return CodePattern.findReply(word).orElseThrow(() -> fault("'" + word
                + "' is not a reply code pattern (*, none, 550, 5xx, 501-507)"));
    }

    public String source() {
        return table + ":" + number;
    }

    public TableFormatException fault(String message) {
        return new TableFormatException(table, number, message);
    }
}
