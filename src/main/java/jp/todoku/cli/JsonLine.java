package jp.todoku.cli;

/**
 * A tiny writer for one JSON object on one line. The CLI writes its own JSON so that a batch run does
 * not pay for a JSON library's start-up; strings are escaped per RFC 8259.
 */
final class JsonLine {

    private final StringBuilder out = new StringBuilder(256).append('{');
    private boolean first = true;

    JsonLine string(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonLine number(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonLine bool(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    /** A nested object written by the same rules, e.g. the {@code knowledge} entry. */
    JsonLine object(String name, JsonLine value) {
        key(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    /** A value already written as JSON (by another JsonLine), or null. */
    JsonLine json(String name, String json) {
        key(name);
        out.append(json == null ? "null" : json);
        return this;
    }

    JsonLine strings(String name, java.util.List<String> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** true, false or null. */
    JsonLine optionalBool(String name, Boolean value) {
        key(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    private void key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString() + '}';
    }
}
