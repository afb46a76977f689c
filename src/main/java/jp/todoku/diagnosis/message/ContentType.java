package jp.todoku.diagnosis.message;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed Content-Type value: {@code type/subtype} in lower case and its parameters (names lower case).
 */
public record ContentType(String mediaType, Map<String, String> parameters) {

    public static final ContentType TEXT_PLAIN = new ContentType("text/plain", Map.of());

    public ContentType {
        parameters = Map.copyOf(parameters);
    }

    /** Never fails: an unreadable value becomes {@code text/plain}, as RFC 2045 says to assume. */
    public static ContentType parse(String value) {
        if (value == null || value.isBlank()) {
            return TEXT_PLAIN;
        }
        String[] pieces = splitOutsideQuotes(value);
        String media = pieces[0].trim().toLowerCase(Locale.ROOT);
        if (media.indexOf('/') < 0) {
            media = "text/plain";
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i];
            int equals = piece.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = piece.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String parameter = piece.substring(equals + 1).trim();
            if (parameter.length() >= 2 && parameter.startsWith("\"") && parameter.endsWith("\"")) {
                parameter = parameter.substring(1, parameter.length() - 1);
            } else if (parameter.startsWith("\"")) {
                parameter = parameter.substring(1);
            }
            parameters.putIfAbsent(name, parameter);
        }
        return new ContentType(media, parameters);
    }

    private static String[] splitOutsideQuotes(String value) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length() && pieces.size() < 32; i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces.toArray(new String[0]);
    }

    public String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }

    public boolean isMultipart() {
        return mediaType.startsWith("multipart/");
    }

    public boolean isText() {
        return mediaType.startsWith("text/");
    }

    public boolean is(String media) {
        return mediaType.equals(media);
    }
}
