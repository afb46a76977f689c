package jp.todoku.headers;

import java.util.Locale;

/**
 * One header field after unfolding.
 *
 * @param name     the name as written
 * @param value    the value, unfolded (line breaks and the folding white space become one space), trimmed
 * @param position the field's place in the block, 0 at the top (the newest trace fields are on top)
 */
public record HeaderField(String name, String value, int position) {

    public HeaderField {
        if (name == null || value == null || position < 0) {
            throw new IllegalArgumentException("a header field needs a name, a value and a position");
        }
    }

    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
