package jp.todoku.headers;

import java.util.Locale;
import java.util.Set;

/**
 * The organisation a host name belongs to, by the rule of thumb DMARC's relaxed alignment needs: the last
 * two labels, or three under a second-level public suffix such as co.jp or ne.jp. Not the Public Suffix
 * List (the engine carries no list that goes stale); good enough for "same organisation or not".
 */
final class Domains {

    private static final Set<String> SECOND_LEVEL = Set.of("co", "ne", "or", "ac", "ad", "go", "gr", "ed", "lg",
            "com", "net", "org", "gov", "edu", "ltd", "plc", "gob", "mil");

    private Domains() {
    }

    /** The organisational domain of a host or address, lower case, or "" when there is no domain name in it. */
    static String organisation(String hostOrAddress) {
        if (hostOrAddress == null) {
            return "";
        }
        String host = hostOrAddress.strip().toLowerCase(Locale.ROOT);
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        while (host.endsWith(".") || host.endsWith(">")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || IpText.find(host).isPresent() || host.startsWith("[") || host.indexOf('.') < 0) {
            return "";
        }
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n < 2) {
            return "";
        }
        boolean secondLevel = n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
        return secondLevel ? labels[n - 3] + "." + labels[n - 2] + "." + labels[n - 1] : labels[n - 2] + "." + labels[n - 1];
    }

    /** The domain part of a mail address ("Taro <taro@example.jp>" gives example.jp), or "". */
    static String ofAddress(String address) {
        if (address == null) {
            return "";
        }
        int open = address.lastIndexOf('<');
        int close = open < 0 ? -1 : address.indexOf('>', open);
        String mailbox = close > open ? address.substring(open + 1, close) : address.strip();
        int at = mailbox.lastIndexOf('@');
        if (at < 0) {
            return "";
        }
        String domain = mailbox.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        int space = domain.indexOf(' ');
        return (space < 0 ? domain : domain.substring(0, space)).replaceAll("[>;,]+$", "");
    }

    static boolean sameOrganisation(String one, String other) {
        String first = organisation(one);
        return !first.isEmpty() && first.equals(organisation(other));
    }
}
