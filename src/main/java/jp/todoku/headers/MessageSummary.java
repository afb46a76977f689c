package jp.todoku.headers;

import java.time.OffsetDateTime;

/**
 * The fields that say which message this is, decoded for display ("=?ISO-2022-JP?B?...?=" becomes Japanese).
 *
 * @param from       the From field, or ""
 * @param to         the To field, or ""
 * @param subject    the Subject, or ""
 * @param messageId  the Message-ID, or ""
 * @param returnPath the Return-Path (the envelope sender bounces go to), or ""
 * @param sent       the Date field, or null when missing or unreadable
 * @param fromDomain the From address's domain (what DMARC protects), or ""
 */
public record MessageSummary(String from, String to, String subject, String messageId, String returnPath,
                             OffsetDateTime sent, String fromDomain) {

    private static final int SHOWN = 500;

    static MessageSummary of(java.util.List<HeaderField> fields) {
        String from = first(fields, "From");
        return new MessageSummary(decoded(from), decoded(first(fields, "To")), decoded(first(fields, "Subject")),
                shown(first(fields, "Message-ID")), shown(first(fields, "Return-Path")),
                MailDate.find(first(fields, "Date")).orElse(null), Domains.ofAddress(from));
    }

    private static String first(java.util.List<HeaderField> fields, String name) {
        for (HeaderField field : fields) {
            if (field.is(name)) {
                return field.value();
            }
        }
        return "";
    }

    private static String decoded(String value) {
        return shown(EncodedText.decode(value.length() > 4 * SHOWN ? value.substring(0, 4 * SHOWN) : value));
    }

    private static String shown(String value) {
        return value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }
}
