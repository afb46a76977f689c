package jp.todoku.headers;

import java.util.Optional;

/** An IPv4 or IPv6 address as Received fields write it ("192.0.2.1", "IPv6:2001:db8::1", "2603:1096:400:1a::5"). */
final class IpText {

    private IpText() {
    }

    static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.regionMatches(true, 0, "IPv6:", 0, 5)) {
            candidate = candidate.substring(5);
        }
        if (candidate.endsWith(".")) {
            candidate = candidate.substring(0, candidate.length() - 1);
        }
        return isIpv4(candidate) || isIpv6(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String text) {
        if (text.length() < 2 || text.length() > 45 || text.indexOf(':') < 0) {
            return false;
        }
        int colons = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colons++;
            } else if (Character.digit(c, 16) < 0 && c != '.') {
                return false;
            }
        }
        return colons >= 2 && colons <= 7 && (colons == 7 || text.contains("::"));
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1"));
    }
}
