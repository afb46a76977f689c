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
        // Runs of characters that need no escape are appended whole; the characters are read from
        // an array, as String.charAt is a call per character under the CLI's quick compiler.
        char[] chars = value.toCharArray();
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x2028) {
                continue;
            }
            String escape = escape(chars, i);
            if (escape != null) {
                out.append(chars, run, i - run).append(escape);
                run = i + 1;
            }
        }
        out.append(chars, run, chars.length - run);
        out.append('"');
    }

    // How the character at i is written, or null when as itself (RFC 8259, plus the line and
    // paragraph separators and unpaired surrogates, which some readers reject).
    private static String escape(char[] chars, int i) {
        char c = chars[i];
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                        && !(Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1]))
                        && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(chars[i - 1]))) {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }

    @Override
    public String toString() {
        return out.toString() + '}';
    }
}
