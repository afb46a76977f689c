package jp.todoku.dnscheck;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the macros of an SPF domain-spec (RFC 7208 section 7), such as {@code %{i}._spf.example.jp}.
 * Without a sending address (an audit of the record alone) the address macros cannot be expanded, and
 * {@link #expand} returns empty: the term still counts as a lookup, but cannot be followed.
 */
record SpfMacro(String domain, Optional<IpAddress> address, String sender) {

    private static final Pattern MACRO = Pattern.compile(
            "%\\{([slodiphcrtvSLODIPHCRTV])([0-9]{0,3})([rR]?)([.+,/_=-]*)\\}|%%|%_|%-");
    private static final int MAX_NAME = 253;

    static SpfMacro forDomain(String domain, Optional<IpAddress> address) {
        return new SpfMacro(domain, address, "postmaster@" + domain);
    }

    Optional<String> expand(String spec) {
        if (spec.isEmpty()) {
            return Optional.of(domain);
        }
        Matcher macro = MACRO.matcher(spec);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (macro.find()) {
            out.append(spec, last, macro.start());
            last = macro.end();
            String token = macro.group();
            if (token.equals("%%")) {
                out.append('%');
            } else if (token.equals("%_")) {
                out.append(' ');
            } else if (token.equals("%-")) {
                out.append("%20");
            } else {
                Optional<String> value = value(Character.toLowerCase(macro.group(1).charAt(0)));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                String transformed = transform(value.get(), macro.group(2), !macro.group(3).isEmpty(), macro.group(4));
                out.append(Character.isUpperCase(macro.group(1).charAt(0))
                        ? URLEncoder.encode(transformed, StandardCharsets.UTF_8).replace("+", "%20") : transformed);
            }
        }
        out.append(spec.substring(last));
        return Optional.of(shorten(out.toString()));
    }

    private Optional<String> value(char letter) {
        int at = sender.lastIndexOf('@');
        return switch (letter) {
            case 's' -> Optional.of(sender);
            case 'l' -> Optional.of(sender.substring(0, at));
            case 'o' -> Optional.of(sender.substring(at + 1));
            case 'd', 'h' -> Optional.of(domain); // HELO is unknown here; the domain stands in for it
            case 'i' -> address.map(ip -> ip.isIpv4() ? ip.text() : dottedNibbles(ip));
            case 'v' -> address.map(ip -> ip.isIpv4() ? "in-addr" : "ip6");
            case 'p' -> address.map(ip -> "unknown"); // RFC 7208 7.3 allows "unknown"; it discourages %{p}
            default -> Optional.empty(); // c, r, t exist only in exp= texts
        };
    }

    private static String dottedNibbles(IpAddress ip) {
        List<String> nibbles = new ArrayList<>(Arrays.asList(ip.reversed().split("\\.")));
        Collections.reverse(nibbles);
        return String.join(".", nibbles);
    }

    private static String transform(String value, String digits, boolean reverse, String delimiters) {
        String split = delimiters.isEmpty() ? "." : delimiters;
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (split.indexOf(value.charAt(i)) >= 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        if (reverse) {
            Collections.reverse(parts);
        }
        if (!digits.isEmpty()) {
            int keep = Integer.parseInt(digits);
            if (keep > 0 && keep < parts.size()) {
                parts = parts.subList(parts.size() - keep, parts.size());
            }
        }
        return String.join(".", parts);
    }

    // RFC 7208 7.3: left-hand labels are dropped until the name fits.
    private static String shorten(String name) {
        String result = name;
        while (result.length() > MAX_NAME && result.indexOf('.') > 0) {
            result = result.substring(result.indexOf('.') + 1);
        }
        return result;
    }
}
