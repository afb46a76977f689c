package jp.todoku.diagnosis.message;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One MIME entity after parsing: its headers and type, its body as written (textual parts only),
 * and its children (parts of a multipart, or the one enclosed message).
 *
 * @param headers     the entity's header block
 * @param contentType its parsed Content-Type
 * @param raw         the body as written (Latin-1, LF line ends) for textual types; for an enclosed
 *                    message, the whole message as written (up to 2 MB); else ""
 * @param children    parts of a multipart, or the enclosed message of a message/rfc822 part
 */
public record MimePart(Headers headers, ContentType contentType, String raw, List<MimePart> children) {
    public MimePart {
        raw = raw == null ? "" : raw;
        children = List.copyOf(children);
    }

    /**
     * The body decoded: transfer encoding undone, charset decoded (guessed when the label is wrong
     * or missing), line ends LF. Decoded on each call, because most parts are never read.
     */
    public String text() {
        if (raw.isEmpty()) {
            return "";
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        byte[] decoded = TransferEncoding.decode(bytes, headers.get("content-transfer-encoding"));
        return MessageText.normaliseLineEnds(Charsets.decode(decoded, contentType.parameter("charset")));
    }

    public boolean isEnclosedMessage() {
        String type = contentType.mediaType();
        return type.equals("message/rfc822") || type.equals("message/global")
                || type.equals("text/rfc822-headers") || type.equals("text/rfc822-header") || type.equals("message/rfc822-headers")
                || type.equals("message/global-headers");
    }
}
