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
        return foldCharacters(compatible(text));
    }

    /** The first step of {@link #fold}: cut to the compared length and brought to NFKC. */
    static String compatible(CharSequence text) {
        String limited = limited(text);
        // ASCII is already in NFKC; bounces are mostly ASCII, and the check costs more than this scan.
        return isAscii(limited) || Normalizer.isNormalized(limited, Normalizer.Form.NFKC) ? limited
                : Normalizer.normalize(limited, Normalizer.Form.NFKC);
    }

    /** The text cut to the compared length ("" for none): what {@link #compatible} brings to NFKC. */
    static String limited(CharSequence text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAXIMUM_LENGTH ? text.subSequence(0, MAXIMUM_LENGTH).toString() : text.toString();
    }

    /** The second step of {@link #fold}: typographic quotes, dashes and spaces to ASCII. */
    static String foldCharacters(String compatible) {
        char[] changed = null;
        for (int i = 0; i < compatible.length(); i++) {
            char c = compatible.charAt(i);
            char replacement = foldCharacter(c);
            if (replacement != c) {
                // Copied only once something changes: most texts have nothing to fold.
                if (changed == null) {
                    changed = compatible.toCharArray();
                }
                changed[i] = replacement;
            }
        }
        return changed == null ? compatible : new String(changed);
    }

    static char foldCharacter(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033', '\u301D', '\u301E' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u3000', '\t' -> ' ';
            default -> c;
        };
    }

    /** True when {@code chars[0, count)} is all ASCII. */
    static boolean isAscii(char[] chars, int count) {
        for (int i = 0; i < count; i++) {
            if (chars[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The form literals are compared in: folded, lower case, one line, single spaces. */
    public static String normalize(CharSequence text) {
        return normalizeFolded(fold(text));
    }

    /** {@link #normalize} for text already passed through {@link #fold}. */
    static String normalizeFolded(String folded) {
        LineBounds lines = LineBounds.of(folded);
        char[] chars = folded.toCharArray();
        int length = 0;
        for (int i = 0; i < lines.count(); i++) {
            length = appendLine(chars, length, lines.start(i), lines.end(i));
        }
        return new String(chars, 0, length).toLowerCase(Locale.ROOT);
    }

    /**
     * Normalises the line {@code chars[start, end)} as {@link #normalizeFolded} does (ASCII letters
     * already lower-cased) and writes it at {@code chars[length]}, after a space when something came
     * before; returns the new length, unchanged when the line leaves nothing (blank, "550-"). The
     * text is rewritten in place: the written part never overtakes the part still to read, as runs
     * of white space shrink and a line break becomes at most one space. Plain array access, as the
     * CLI runs with the quick compiler only and charAt per character was most of its advice cost.
     * The text may also be only {@link #compatible}: characters are folded here as they go (no
     * folded character is or becomes white space in NFKC text, so stripping is the same).
     */
    static int appendLine(char[] chars, int length, int start, int end) {
        while (start < end && isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && isWhitespace(chars[end - 1])) {
            end--;
        }
        if (start == end) {
            return length;
        }
        if (end - start >= 4 && foldCharacter(chars[start + 3]) == '-'
                && isReplyDigits(chars[start], chars[start + 1], chars[start + 2])) {
            String content = withoutContinuation(foldCharacters(new String(chars, start, end - start)));
            return content.isEmpty() ? length : appendCollapsed(content.toCharArray(), 0, content.length(), chars, length);
        }
        return appendCollapsed(chars, start, end, chars, length);
    }

    /**
     * {@link #appendLine} for the line that starts at {@code begin} and runs to the next CR or LF
     * (or {@code count}), found while it is written: one pass instead of a search for the line
     * break and then the line. Returns the line's end (where the break is) in the high 32 bits and
     * the new length in the low ones.
     */
    static long appendLineFrom(char[] chars, int length, int begin, int count) {
        int start = begin;
        while (start < count && chars[start] != '\n' && chars[start] != '\r' && isWhitespace(chars[start])) {
            start++;
        }
        if (start + 3 < count && foldCharacter(chars[start + 3]) == '-'
                && isReplyDigits(chars[start], chars[start + 1], chars[start + 2])) {
            // A continuation prefix ("550-"): those four characters are no line break, so the line
            // goes on past them; found first, then written the plain way.
            int end = start + 4;
            while (end < count && chars[end] != '\n' && chars[end] != '\r') {
                end++;
            }
            return (long) end << 32 | appendLine(chars, length, begin, end);
        }
        // Written in place as in appendCollapsed: a separator before the line's first character
        // when something came before, runs of white space as one space, none at the end.
        char[] asciiForm = ASCII_FORM;
        boolean written = false;
        boolean space = false;
        int i = start;
        for (; i < count; i++) {
            char c = chars[i];
            char form;
            if (c < 0x80) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                form = asciiForm[c];
                if (form == WHITE) {
                    space = true;
                    continue;
                }
            } else {
                if (isWideWhitespace(c)) {
                    space = true;
                    continue;
                }
                char folded = foldCharacter(c);
                form = folded >= 'A' && folded <= 'Z' ? (char) (folded + ('a' - 'A')) : folded;
            }
            if (written ? space : length > 0) {
                chars[length++] = ' ';
            }
            written = true;
            space = false;
            chars[length++] = form;
        }
        return (long) i << 32 | length;
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
        if (line.length() < 4 || !isReplyDigits(line.charAt(0), line.charAt(1), line.charAt(2)) || line.charAt(3) != '-') {
            return line;
        }
        String rest = line.substring(4);
        int space = rest.indexOf(' ');
        if (space > 0 && DeliveryStatus.find(rest.substring(0, space)).isPresent()) {
            return rest.substring(space + 1).strip();
        }
        return rest.strip();
    }

    private static boolean isReplyDigits(char first, char second, char third) {
        return (first == '2' || first == '4' || first == '5') && Character.isDigit(second) && Character.isDigit(third);
    }

    private static boolean isWhitespace(char c) {
        return c < 0x80 ? c <= ' ' && Character.isWhitespace(c) : isWideWhitespace(c);
    }

    /**
     * {@code Character.isWhitespace(c)} for a character from U+0080 on, by comparisons: the quick
     * compiler makes the library call a table walk per character, and Japanese text, most of it
     * above U+3000, meets it on every character. TextNormalizerTest checks all 65,408 characters.
     */
    static boolean isWideWhitespace(char c) {
        if (c < '\u1680' || c > '\u3000') {
            return false;
        }
        if (c >= '\u2000' && c <= '\u200a') {
            return c != '\u2007';
        }
        return c == '\u3000' || c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u205f';
    }

    // Whitespace runs become one space; ASCII capitals are lowered here, which spares the final
    // toLowerCase a copy (it still lowers the rest, so the result is the same). An ASCII character
    // takes one table read: its form after folding and lowering, or WHITE for white space.
    private static int appendCollapsed(char[] from, int start, int end, char[] to, int length) {
        if (length > 0) {
            to[length++] = ' ';
        }
        boolean space = false;
        char[] asciiForm = ASCII_FORM;
        for (int i = start; i < end; i++) {
            char c = from[i];
            char form;
            if (c < 0x80) {
                form = asciiForm[c];
                if (form == WHITE) {
                    space = true;
                    continue;
                }
            } else {
                if (isWideWhitespace(c)) {
                    space = true;
                    continue;
                }
                char folded = foldCharacter(c);
                form = folded >= 'A' && folded <= 'Z' ? (char) (folded + ('a' - 'A')) : folded;
            }
            if (space) {
                to[length++] = ' ';
                space = false;
            }
            to[length++] = form;
        }
        return length;
    }

    private static final char WHITE = '\uffff';
    private static final char[] ASCII_FORM = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            char folded = foldCharacter(c);
            ASCII_FORM[c] = isWhitespace(c) ? WHITE
                    : folded >= 'A' && folded <= 'Z' ? (char) (folded + ('a' - 'A')) : folded;
        }
    }
}
