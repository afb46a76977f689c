package jp.todoku.diagnosis.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;

/**
 * Brings pasted error text to one comparable form: full-width letters, digits and spaces become
 * ASCII (customers paste from Japanese mail programs), typographic quotes and dashes become ASCII,
 * SMTP continuation prefixes ({@code 550-5.7.26 }) are dropped, whitespace is collapsed.
 * The engine may reuse {@link #findStatus} and {@link #findReplyCode} for fragments.
 */
public final class TextNormalizer {

    /** Longest text compared; a diagnostic or a pasted fragment is far shorter. */
    static final int MAXIMUM_LENGTH = 65_536;

    private TextNormalizer() {
    }

    /** Full-width to ASCII, quotes and dashes to ASCII; keeps case, lines and spacing. */
    public static String fold(CharSequence text) {
        if (text == null) {
            return "";
        }
        String limited = text.length() > MAXIMUM_LENGTH ? text.subSequence(0, MAXIMUM_LENGTH).toString() : text.toString();
        String folded = Normalizer.isNormalized(limited, Normalizer.Form.NFKC) ? limited
                : Normalizer.normalize(limited, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            out.append(switch (folded.charAt(i)) {
                case '\u2018', '\u2019', '\u201A', '\u2032', '\u00B4', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033', '\u301D', '\u301E' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u3000', '\t' -> ' ';
                default -> folded.charAt(i);
            });
        }
        return out.toString();
    }

    /** The form literals are compared in: folded, lower case, one line, single spaces. */
    public static String normalize(CharSequence text) {
        return normalizeFolded(fold(text));
    }

    /** {@link #normalize} for text already passed through {@link #fold}. */
    static String normalizeFolded(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (String line : lines(folded)) {
            appendLine(out, line);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Appends one folded line as {@link #normalizeFolded} does, before lower-casing: after a space
     * when something came before; false when the line leaves nothing (blank, a bare "550-").
     */
    static boolean appendLine(StringBuilder out, String line) {
        String content = withoutContinuation(line.strip());
        if (content.isEmpty()) {
            return false;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        appendCollapsed(out, content);
        return true;
    }

    /** The first enhanced status code after folding (so {@code ５．１．１} is found too). */
    public static Optional<DeliveryStatus> findStatus(CharSequence text) {
        return DeliveryStatus.find(fold(text));
    }

    /** The first SMTP reply code after folding. */
    public static Optional<ReplyCode> findReplyCode(CharSequence text) {
        return ReplyCode.find(fold(text));
    }

    /** The lines of a text, split at CR LF, CR or LF, without a regular expression. */
    static java.util.List<String> lines(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    // "550-5.7.26 This mail is ..." continues a multi-line reply; the prefix would split the sentence.
    static String withoutContinuation(String line) {
        if (line.length() < 4 || !isReplyDigits(line) || line.charAt(3) != '-') {
            return line;
        }
        String rest = line.substring(4);
        int space = rest.indexOf(' ');
        if (space > 0 && DeliveryStatus.find(rest.substring(0, space)).isPresent()) {
            return rest.substring(space + 1).strip();
        }
        return rest.strip();
    }

    private static boolean isReplyDigits(String line) {
        char first = line.charAt(0);
        return (first == '2' || first == '4' || first == '5')
                && Character.isDigit(line.charAt(1)) && Character.isDigit(line.charAt(2));
    }

    private static void appendCollapsed(StringBuilder out, String content) {
        boolean space = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
    }
}
