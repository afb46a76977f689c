package jp.todoku.diagnosis.message;

import java.nio.charset.StandardCharsets;

/**
 * Text-level normalisation shared by the readers: LF line ends (so LF, CRLF and CR inputs give the
 * same result), full-width ASCII folded to ASCII, and {@code >} quote marks removed.
 */
public final class MessageText {

    private MessageText() {
    }

    /** Bytes as a Latin-1 string (every byte kept as one char) with CRLF and CR turned into LF. */
    public static String latin1WithLineFeeds(byte[] bytes) {
        // On the bytes, in one pass: Latin-1 keeps one char per byte, so the line ends can be
        // rewritten before the string is made (one copy, no builder appending char by char).
        int carriageReturn = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                carriageReturn = i;
                break;
            }
        }
        if (carriageReturn < 0) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        byte[] out = new byte[bytes.length];
        System.arraycopy(bytes, 0, out, 0, carriageReturn);
        int length = copyWithLineFeeds(bytes, carriageReturn, out, carriageReturn);
        return new String(out, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code latin1WithLineFeeds(bytes)} as bytes, cut to its first {@code limit}: only as much of
     * the input is read as the cut keeps, so a large input costs no more than its first part.
     */
    public static byte[] withLineFeeds(byte[] bytes, int limit) {
        byte[] out = new byte[Math.min(bytes.length, limit)];
        int length = copyWithLineFeeds(bytes, 0, out, 0);
        return length == out.length ? out : java.util.Arrays.copyOf(out, length);
    }

    // Copies bytes[from...] to out[at...] with CRLF and CR as LF until out is full; the length written to.
    private static int copyWithLineFeeds(byte[] bytes, int from, byte[] out, int at) {
        int length = at;
        for (int i = from; i < bytes.length && length < out.length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                out[length++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[length++] = b;
            }
        }
        return length;
    }

    /**
     * {@code forReading(Charsets.decode(bytes, null))} for bytes with LF line ends that are ASCII
     * without an escape (no ISO-2022-JP), as most bounces are; null for any other bytes. Such
     * bytes decode one char per byte, and nothing in them is folded: only quote marks can change,
     * so the text is made once, without the passes over characters that forReading makes.
     */
    public static String readableAscii(byte[] lineFeedBytes) {
        boolean quoted = false;
        boolean lineStart = true;
        for (int i = 0; i < lineFeedBytes.length; i++) {
            byte b = lineFeedBytes[i];
            if (b < 0 || b == 0x1b) {
                return null;
            }
            // As hasQuotedLine: a line that starts with ">" or " >".
            if (lineStart && (b == '>' || b == ' ' && i + 1 < lineFeedBytes.length && lineFeedBytes[i + 1] == '>')) {
                quoted = true;
            }
            lineStart = b == '\n';
        }
        String text = new String(lineFeedBytes, StandardCharsets.ISO_8859_1);
        return quoted ? stripQuotes(text) : text;
    }

    public static String normaliseLineEnds(String text) {
        int carriageReturn = text.indexOf('\r');
        if (carriageReturn < 0) {
            return text;
        }
        // As text.replace("\r\n", "\n").replace('\r', '\n'), in one pass over one copy.
        char[] chars = text.toCharArray();
        int length = carriageReturn;
        for (int i = carriageReturn; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\r') {
                chars[length++] = '\n';
                if (i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
            } else {
                chars[length++] = c;
            }
        }
        return new String(chars, 0, length);
    }

    /**
     * {@code stripQuotes(foldFullWidth(normaliseLineEnds(text)))}: the text as a person reads it.
     * The first two steps are one pass over one copy (each character has its line end and its width
     * folded on its own, so doing both at once is the same).
     */
    public static String forReading(String text) {
        char[] chars = text.toCharArray();
        int length = 0;
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\r') {
                c = '\n';
                changed = true;
                if (i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
            } else if (c >= '\u3000') {
                if (c >= '\uff01' && c <= '\uff5e') {
                    c = (char) (c - 0xfee0);
                    changed = true;
                } else if (c == '\u3000') {
                    c = ' ';
                    changed = true;
                }
            }
            chars[length++] = c;
        }
        return stripQuotes(changed ? new String(chars, 0, length) : text);
    }

    /** Full-width letters, digits and signs (U+FF01-FF5E) and the ideographic space become ASCII. */
    public static String foldFullWidth(String text) {
        // On a plain array: String.charAt is a call per character under the CLI's quick compiler.
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u3000') {
                if (c >= '\uff01' && c <= '\uff5e') {
                    chars[i] = (char) (c - 0xfee0);
                    changed = true;
                } else if (c == '\u3000') {
                    chars[i] = ' ';
                    changed = true;
                }
            }
        }
        return changed ? new String(chars) : text;
    }

    private static boolean hasQuotedLine(String text) {
        if (text.startsWith(">") || text.startsWith(" >")) {
            return true;
        }
        // One walk over the line breaks instead of a search for each of "\n>" and "\n >".
        int length = text.length();
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (newline + 1 < length) {
                char next = text.charAt(newline + 1);
                if (next == '>' || next == ' ' && newline + 2 < length && text.charAt(newline + 2) == '>') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes leading {@code >} quote marks (and the space after them) from every line. */
    public static String stripQuotes(String text) {
        if (!hasQuotedLine(text)) {
            // Addresses in headers (<a@b>) put a '>' in nearly every message; only a line that
            // starts with one is changed, so without such a line the text stays as it is.
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        while (position <= text.length()) {
            int newline = text.indexOf('\n', position);
            int end = newline < 0 ? text.length() : newline;
            int start = position;
            while (start < end && (text.charAt(start) == '>' || text.charAt(start) == ' ' && start + 1 < end
                    && text.charAt(start + 1) == '>')) {
                start++;
            }
            if (start > position && start < end && text.charAt(start) == ' ') {
                start++;
            }
            out.append(text, start, end);
            if (newline < 0) {
                break;
            }
            out.append('\n');
            position = newline + 1;
        }
        return out.toString();
    }
}
