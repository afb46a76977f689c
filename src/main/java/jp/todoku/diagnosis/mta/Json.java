package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough JSON reading for notifications that carry a bounce as JSON (Amazon SES): string fields,
 * the objects of an array and the strings of an array, found by scanning, never by recursion.
 */
final class Json {

    private Json() {
    }

    /** The string value of the first {@code "name": "..."} at or after {@code from}, or null. */
    static String field(String json, String name, int from) {
        if (from < 0) {
            return null;
        }
        String key = "\"" + name + "\"";
        int found = json.indexOf(key, from);
        if (found < 0) {
            return null;
        }
        int position = found + key.length();
        while (position < json.length() && (json.charAt(position) == ' ' || json.charAt(position) == ':')) {
            position++;
        }
        if (position >= json.length() || json.charAt(position) != '"') {
            return null;
        }
        return string(json, position);
    }

    private static String string(String json, int quote) {
        StringBuilder value = new StringBuilder();
        for (int i = quote + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                value.append(next == 'n' ? ' ' : next == 't' ? ' ' : next);
                continue;
            }
            if (c == '"') {
                return value.toString();
            }
            value.append(c);
        }
        return value.toString();
    }

    /** The text of each {...} object in the array that follows {@code from}. */
    static List<String> objects(String json, int from) {
        List<String> objects = new ArrayList<>();
        if (from < 0) {
            return objects;
        }
        int open = json.indexOf('[', from);
        if (open < 0) {
            return objects;
        }
        int depth = 0;
        int start = -1;
        boolean quoted = false;
        for (int i = open + 1; i < json.length() && objects.size() < 1_000; i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (!quoted && c == '}') {
                if (--depth == 0 && start >= 0) {
                    objects.add(json.substring(start, i + 1));
                }
            } else if (!quoted && c == ']' && depth == 0) {
                break;
            }
        }
        return objects;
    }

    /** The strings of the array that follows {@code from}. */
    static List<String> strings(String json, int from) {
        List<String> strings = new ArrayList<>();
        if (from < 0) {
            return strings;
        }
        int open = json.indexOf('[', from);
        int close = open < 0 ? -1 : json.indexOf(']', open);
        if (close < 0) {
            return strings;
        }
        int position = open;
        while (strings.size() < 1_000) {
            int quote = json.indexOf('"', position + 1);
            if (quote < 0 || quote > close) {
                break;
            }
            String value = string(json, quote);
            strings.add(value);
            position = quote + value.length() + 1;
        }
        return strings;
    }
}
