package jp.todoku.diagnosis.message;

import java.util.List;

/**
 * One MIME entity after parsing: its headers and type, its decoded text (text parts, delivery-status
 * and header-only parts), and its children (parts of a multipart, or the one enclosed message).
 *
 * @param headers     the entity's header block
 * @param contentType its parsed Content-Type
 * @param text        decoded text for textual types; for an enclosed message, its raw body; else ""
 * @param children    parts of a multipart, or the enclosed message of a message/rfc822 part
 */
public record MimePart(Headers headers, ContentType contentType, String text, List<MimePart> children) {
    public MimePart {
        text = text == null ? "" : text;
        children = List.copyOf(children);
    }

    public boolean isEnclosedMessage() {
        String type = contentType.mediaType();
        return type.equals("message/rfc822") || type.equals("message/global")
                || type.equals("text/rfc822-headers") || type.equals("text/rfc822-header") || type.equals("message/rfc822-headers")
                || type.equals("message/global-headers");
    }
}
