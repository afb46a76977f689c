package jp.todoku.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the body of an Authentication-Results field (RFC 8601) or an ARC-Authentication-Results field:
 * comments dropped, split at semicolons outside quotes, each piece "method=result" then "reason=" and
 * "ptype.property=value" words. Microsoft's fields start with a result instead of an authserv-id.
 */
final class ResultsReader {

    private static final int MAX_RESULTS = 30;
    private static final int MAX_PROPERTIES = 12;

    /** What one field says: who judged (or null) and the results. */
    record Read(String authservId, List<MethodResult> results) {
    }

    private ResultsReader() {
    }

    static Read read(String value) {
        List<String> pieces = pieces(value);
        if (pieces.isEmpty()) {
            return new Read(null, List.of());
        }
        String first = pieces.get(0).strip();
        String authservId = null;
        int from = 0;
        if (first.indexOf('=') < 0) {
            authservId = first.split(" ", 2)[0].toLowerCase(Locale.ROOT);
            from = 1;
        }
        List<MethodResult> results = new ArrayList<>();
        for (int i = from; i < pieces.size() && results.size() < MAX_RESULTS; i++) {
            result(pieces.get(i)).ifPresent(results::add);
        }
        return new Read(authservId, results);
    }

    private static java.util.Optional<MethodResult> result(String piece) {
        String[] words = piece.strip().split(" ");
        if (words.length == 0 || words[0].indexOf('=') <= 0) {
            return java.util.Optional.empty();
        }
        int equals = words[0].indexOf('=');
        String method = words[0].substring(0, equals);
        int slash = method.indexOf('/');
        method = slash > 0 ? method.substring(0, slash) : method;
        AuthVerdict verdict = AuthVerdict.find(words[0].substring(equals + 1));
        String reason = null;
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 1; i < words.length && properties.size() < MAX_PROPERTIES; i++) {
            int at = words[i].indexOf('=');
            if (at <= 0) {
                continue;
            }
            String name = words[i].substring(0, at).toLowerCase(Locale.ROOT);
            String propertyValue = unquote(words[i].substring(at + 1));
            if (name.equals("reason")) {
                reason = Received.cut(propertyValue);
            } else {
                properties.putIfAbsent(name, Received.cut(propertyValue));
            }
        }
        return java.util.Optional.of(new MethodResult(method, verdict, reason, properties));
    }

    /** Splits at ';' outside comments and quotes, dropping comments; white space collapsed. */
    static List<String> pieces(String value) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                }
                piece.append(c == ' ' ? '_' : c);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth > 0) {
                continue;
            } else if (c == '"') {
                quoted = true;
                piece.append(c);
            } else if (c == ';') {
                add(pieces, piece);
            } else {
                piece.append(c == '\t' ? ' ' : c);
            }
        }
        add(pieces, piece);
        return pieces;
    }

    private static void add(List<String> pieces, StringBuilder piece) {
        String text = piece.toString().strip().replaceAll(" +", " ");
        // "spf = pass" and "header.d = x" read as the compact forms.
        text = text.replace(" = ", "=").replace(" =", "=").replace("= ", "=");
        if (!text.isEmpty()) {
            pieces.add(text);
        }
        piece.setLength(0);
    }

    private static String unquote(String text) {
        String value = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).replace('_', ' ') : text;
        return value;
    }
}
