package jp.todoku.diagnosis.message;

import java.util.Locale;

/**
 * One header field: the name in lower case (for lookup) and the value as written. The value is
 * unfolded (and, for a message's own headers, its charset and RFC 2047 words decoded) only when
 * asked for, because most fields of a bounce (Received, DKIM ...) are never read.
 *
 * @param name    the field name, lower case
 * @param raw     the value as written after the colon, folds included
 * @param encoded true when the value may hold raw 8-bit bytes or encoded words to decode
 */
public record Header(String name, String raw, boolean encoded) {
    public Header {
        name = name.trim().toLowerCase(Locale.ROOT);
        raw = raw == null ? "" : raw;
    }

    /** A field whose value is already plain text. */
    public Header(String name, String value) {
        this(name, value, false);
    }

    /** The value unfolded to one line (and decoded when {@link #encoded}). */
    public String value() {
        String unfolded = MimeParser.unfold(raw);
        return encoded ? MimeParser.decodeValue(unfolded) : unfolded;
    }
}
