package jp.todoku.headers;

import java.util.Locale;
import java.util.Map;

/**
 * One "method=result" of an Authentication-Results field with its reason and properties
 * ("dkim=pass header.d=example.jp header.s=s1").
 *
 * @param method     spf, dkim, dmarc, arc, compauth ... in lower case
 * @param verdict    the result
 * @param reason     the reason= text, or null
 * @param properties ptype.property to value ("smtp.mailfrom" to "taro@example.jp"), in the order written
 */
public record MethodResult(String method, AuthVerdict verdict, String reason, Map<String, String> properties) {

    public MethodResult {
        method = method.toLowerCase(Locale.ROOT);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    public String property(String name) {
        return properties.get(name.toLowerCase(Locale.ROOT));
    }

    /** The domain this result speaks for (header.d, header.i, smtp.mailfrom, header.from or smtp.helo), or "". */
    public String domain() {
        for (String name : new String[] {"header.d", "header.i", "smtp.mailfrom", "header.from", "smtp.helo"}) {
            String value = property(name);
            if (value != null && !value.isBlank()) {
                String domain = value.indexOf('@') >= 0 ? Domains.ofAddress(value) : value.toLowerCase(Locale.ROOT);
                if (!domain.isEmpty()) {
                    return domain;
                }
            }
        }
        return "";
    }
}
