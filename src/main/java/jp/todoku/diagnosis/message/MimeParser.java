package jp.todoku.diagnosis.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small MIME parser with hard limits (nesting depth, part count, header count and length), so that
 * time and memory stay bounded whatever arrives. It works on the message as a Latin-1 string with LF
 * line ends, which keeps every byte, and decodes each part's charset only when its text is needed.
 */
public final class MimeParser {

    static final int MAX_DEPTH = 20;
    static final int MAX_PARTS = 300;
    static final int MAX_HEADERS = 400;
    static final int MAX_HEADER_CHARS = 16_384;
    static final int MAX_NAME_CHARS = 76;
    static final int MAX_ENCLOSED_CHARS = 2 * 1024 * 1024;

    private int parts;

    private MimeParser() {
    }

    /** Parses a whole message given as Latin-1 text with LF line ends (see {@link MessageText}). */
    public static MimePart parse(String message) {
        return new MimeParser().entity(message, 0, message.length(), 0, ContentType.TEXT_PLAIN, true);
    }

    /** Where the header block at {@code start} ends and the body begins, and its fields. */
    record HeaderBlock(Headers headers, int bodyStart) {
    }

    private MimePart entity(String s, int start, int end, int depth, ContentType defaultType, boolean decodeHeaders) {
        parts++;
        HeaderBlock block = headers(s, start, end, decodeHeaders);
        Headers headers = block.headers();
        ContentType type = headers.find("content-type").map(ContentType::parse).orElse(defaultType);
        int bodyStart = block.bodyStart();
        String encoding = headers.get("content-transfer-encoding");
        if (depth >= MAX_DEPTH || parts >= MAX_PARTS) {
            return new MimePart(headers, type, "", List.of());
        }
        if (type.isMultipart()) {
            String boundary = type.parameter("boundary");
            if (!boundary.isEmpty()) {
                ContentType childDefault = type.is("multipart/digest")
                        ? ContentType.parse("message/rfc822") : ContentType.TEXT_PLAIN;
                List<MimePart> children = multipart(s, bodyStart, end, boundary, depth, childDefault);
                if (children.isEmpty()) {
                    // The header names a boundary the body never uses (seen when a message was
                    // anonymised by hand): take the first delimiter-looking line of the body instead.
                    String guessed = guessBoundary(s, bodyStart, end);
                    if (guessed != null && !guessed.equals(boundary)) {
                        children = multipart(s, bodyStart, end, guessed, depth, childDefault);
                    }
                }
                if (!children.isEmpty()) {
                    return new MimePart(headers, type, "", children);
                }
            }
            type = ContentType.TEXT_PLAIN;
        }
        String media = type.mediaType();
        if (media.equals("message/rfc822") || media.equals("message/global")) {
            String inner = decodedAsLatin1(s, bodyStart, end, encoding);
            MimePart enclosed = new MimeParser().enclosed(inner, depth + 1);
            return new MimePart(headers, type, "", List.of(enclosed));
        }
        if (media.equals("text/rfc822-headers") || media.equals("message/rfc822-headers") || media.equals("text/rfc822-header")
                || media.equals("message/global-headers")) {
            String inner = decodedAsLatin1(s, bodyStart, end, encoding);
            HeaderBlock original = headers(inner, 0, inner.length(), true);
            MimePart enclosed = new MimePart(original.headers(), ContentType.TEXT_PLAIN, "", List.of());
            return new MimePart(headers, type, "", List.of(enclosed));
        }
        if (type.isText() || media.startsWith("message/") || media.equals("application/json")
                || media.equals("application/octet-stream") && looksLikeText(s, bodyStart, end)) {
            // Kept as written; decoded only if a reader asks for it (see MimePart#text).
            return new MimePart(headers, type, s.substring(bodyStart, end), List.of());
        }
        return new MimePart(headers, type, "", List.of());
    }

    private static String guessBoundary(String s, int start, int end) {
        int position = start;
        int lines = 0;
        while (position < end && lines++ < 200) {
            int newline = s.indexOf('\n', position);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            if (lineEnd - position > 3 && lineEnd - position < 200 && s.startsWith("--", position)) {
                String candidate = s.substring(position + 2, lineEnd).trim();
                if (candidate.indexOf(' ') < 0 && !candidate.isEmpty()
                        && s.indexOf("\n--" + candidate, lineEnd) > 0) {
                    return candidate;
                }
            }
            position = lineEnd + 1;
        }
        return null;
    }

    /** An attached original message: its headers matter, its body is kept raw and short. */
    private MimePart enclosed(String inner, int depth) {
        HeaderBlock block = headers(inner, 0, inner.length(), true);
        ContentType type = block.headers().find("content-type").map(ContentType::parse).orElse(ContentType.TEXT_PLAIN);
        // Kept whole (up to a limit) so that a bounce a customer forwarded as an attachment can be read.
        String body = inner.length() > MAX_ENCLOSED_CHARS ? inner.substring(0, MAX_ENCLOSED_CHARS) : inner;
        List<MimePart> children = List.of();
        if (depth < MAX_DEPTH && type.isMultipart() && looksLikeReport(type)) {
            // A bounce forwarded as an attachment: read its parts like the outer message's.
            children = List.of(entity(inner, 0, inner.length(), depth, ContentType.TEXT_PLAIN, true));
        }
        return new MimePart(block.headers(), type, body, children);
    }

    private static boolean looksLikeReport(ContentType type) {
        return type.is("multipart/report");
    }

    private static boolean looksLikeText(String s, int start, int end) {
        int limit = Math.min(end, start + 512);
        for (int i = start; i < limit; i++) {
            char c = s.charAt(i);
            if (c < 9 || (c > 13 && c < 32)) {
                return false;
            }
        }
        return true;
    }

    private static String decodedAsLatin1(String s, int start, int end, String encoding) {
        String lower = encoding == null ? "" : encoding.trim().toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals("base64") && !lower.equals("quoted-printable")) {
            return s.substring(start, end);
        }
        byte[] raw = s.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
        return MessageText.normaliseLineEnds(new String(TransferEncoding.decode(raw, lower), StandardCharsets.ISO_8859_1));
    }

    private List<MimePart> multipart(String s, int start, int end, String boundary, int depth, ContentType childDefault) {
        String delimiter = "--" + boundary;
        List<MimePart> children = new ArrayList<>();
        int partStart = -1;
        int position = start;
        while (position < end && parts < MAX_PARTS) {
            int found = s.indexOf(delimiter, position);
            if (found < 0 || found >= end) {
                break;
            }
            if (found != start && s.charAt(found - 1) != '\n') {
                position = found + delimiter.length();
                continue;
            }
            int afterDelimiter = found + delimiter.length();
            boolean closing = s.startsWith("--", afterDelimiter);
            int lineEnd = s.indexOf('\n', afterDelimiter);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            if (partStart >= 0) {
                int partEnd = found > partStart ? found - 1 : partStart;
                children.add(entity(s, partStart, Math.max(partStart, partEnd), depth + 1, childDefault, true));
            }
            if (closing) {
                partStart = -1;
                break;
            }
            partStart = Math.min(end, lineEnd + 1);
            position = partStart;
        }
        if (partStart >= 0 && partStart < end && parts < MAX_PARTS) {
            // The closing delimiter never came: the last part runs to the end.
            children.add(entity(s, partStart, end, depth + 1, childDefault, true));
        }
        return children;
    }

    /** Reads header fields from {@code start}; stops at the first blank line or non-header line. */
    static HeaderBlock headers(String s, int start, int end, boolean decode) {
        List<Header> fields = new ArrayList<>();
        int position = start;
        if (s.startsWith("From ", position)) {
            // The mbox separator line written above a stored message.
            int newline = s.indexOf('\n', position);
            position = newline < 0 || newline >= end ? end : newline + 1;
        }
        String name = null;
        int valueStart = 0;
        int valueEnd = 0;
        while (position < end) {
            int newline = s.indexOf('\n', position);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            int next = lineEnd < end ? lineEnd + 1 : end;
            if (lineEnd == position) {
                position = next;
                break;
            }
            char first = s.charAt(position);
            if (first == ' ' || first == '\t') {
                // A folded line: the value runs on, up to the length limit.
                if (name != null) {
                    valueEnd = Math.min(lineEnd, valueStart + MAX_HEADER_CHARS);
                }
                position = next;
                continue;
            }
            int colon = headerColon(s, position, lineEnd);
            if (colon < 0) {
                break;
            }
            if (name != null && fields.size() < MAX_HEADERS) {
                fields.add(new Header(name, s.substring(valueStart, Math.max(valueStart, valueEnd)), decode));
            }
            name = s.substring(position, colon);
            valueStart = colon + 1;
            valueEnd = Math.min(lineEnd, valueStart + MAX_HEADER_CHARS);
            position = next;
        }
        if (name != null && fields.size() < MAX_HEADERS) {
            fields.add(new Header(name, s.substring(valueStart, Math.max(valueStart, valueEnd)), decode));
        }
        return new HeaderBlock(new Headers(fields), Math.min(position, end));
    }

    private static int headerColon(String s, int start, int lineEnd) {
        int limit = Math.min(lineEnd, start + MAX_NAME_CHARS);
        for (int i = start; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i > start ? i : -1;
            }
            if (c <= ' ' || c > '~') {
                return -1;
            }
        }
        return -1;
    }

    static String unfold(String raw) {
        if (isPlain(raw)) {
            return raw.strip();
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** True when the value has no line break, tab or double space, so trimming unfolds it. */
    private static boolean isPlain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ' && i + 1 < raw.length() && raw.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Raw 8-bit bytes get a charset guess; RFC 2047 words are decoded. */
    static String decodeValue(String latin1) {
        String value = latin1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7f || value.charAt(i) == 0x1b) {
                byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
                value = Charsets.decode(bytes, null);
                break;
            }
        }
        return EncodedWords.decode(value);
    }
}
