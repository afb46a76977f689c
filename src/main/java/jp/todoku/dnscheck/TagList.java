package jp.todoku.dnscheck;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The "tag=value; tag=value" syntax shared by DKIM keys (RFC 6376 3.2) and DMARC records (RFC 7489 6.4). */
final class TagList {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final int MAX_TAGS = 64;

    private TagList() {
    }

    /** Tag names in lower case to values with surrounding space removed; empty when malformed or duplicated. */
    static Optional<Map<String, String>> parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        String[] parts = text.split(";", MAX_TAGS + 1);
        if (parts.length > MAX_TAGS) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isBlank()) {
                continue; // a trailing ";" is allowed
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String name = part.substring(0, equals).strip();
            if (!NAME.matcher(name).matches() || tags.put(name.toLowerCase(Locale.ROOT), part.substring(equals + 1).strip()) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(tags);
    }
}
