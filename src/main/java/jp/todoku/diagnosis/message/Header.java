package jp.todoku.diagnosis.message;

import java.util.Locale;

/**
 * One header field: the name in lower case (for lookup) and the value unfolded and decoded.
 */
public record Header(String name, String value) {
    public Header {
        name = name.toLowerCase(Locale.ROOT);
        value = value == null ? "" : value;
    }
}
