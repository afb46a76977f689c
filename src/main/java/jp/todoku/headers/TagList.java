package jp.todoku.headers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A DKIM-style tag list ("v=1; a=rsa-sha256; d=example.jp"): tags in lower case, white space removed from values. */
final class TagList {

    private static final int MAX_TAGS = 40;

    private TagList() {
    }

    static Map<String, String> parse(String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        int start = 0;
        while (start <= value.length() && tags.size() < MAX_TAGS) {
            int end = value.indexOf(';', start);
            String piece = value.substring(start, end < 0 ? value.length() : end);
            int equals = piece.indexOf('=');
            if (equals > 0) {
                String name = piece.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                String tagValue = withoutSpaces(piece.substring(equals + 1));
                tags.putIfAbsent(name, tagValue);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return tags;
    }

    private static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2048));
        for (int i = 0; i < text.length() && out.length() < 2048; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
