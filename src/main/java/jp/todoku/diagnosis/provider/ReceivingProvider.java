package jp.todoku.diagnosis.provider;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.Rule;
import jp.todoku.diagnosis.phrase.RuleTable;

/**
 * A receiving mail provider with its own codes and wordings: which recipient domains and which
 * refusing hosts are its, and its rule table (first line that holds wins).
 *
 * @param id      short name, also the rule table's file name ({@code google} → providers/google.tsv)
 * @param name    the provider's name for people
 * @param domains recipient domains it serves; a subdomain matches too
 * @param hosts   host name suffixes of its receiving servers
 * @param rules   its rule table
 */
public record ReceivingProvider(String id, String name, List<String> domains, List<String> hosts, RuleTable rules) {

    public ReceivingProvider {
        domains = List.copyOf(domains);
        hosts = List.copyOf(hosts);
        if (id == null || id.isBlank() || rules == null) {
            throw new IllegalArgumentException("a provider needs an id and rules");
        }
    }

    /** The first of the provider's rules that holds for these clues. */
    public Optional<Rule> judge(Clues clues) {
        return rules.first(clues);
    }

    boolean servesDomain(String domain) {
        return domain != null && domains.stream().anyMatch(known -> isWithin(domain, known));
    }

    boolean ownsHost(String host) {
        return host != null && hosts.stream().anyMatch(known -> isWithin(host, known));
    }

    private static boolean isWithin(String name, String suffix) {
        String bare = suffix.startsWith(".") ? suffix.substring(1) : suffix;
        return name.equals(bare) || name.endsWith("." + bare);
    }

    public static String domainOf(String recipient) {
        if (recipient == null) {
            return null;
        }
        int at = recipient.lastIndexOf('@');
        String domain = recipient.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        while (domain.endsWith(">") || domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return at < 0 || domain.isEmpty() ? null : domain;
    }

    /** A host name as readers write it ({@code dns; mx.example.com}, {@code mx.example.com[192.0.2.1]}). */
    static String hostOf(String remoteHost) {
        if (remoteHost == null) {
            return null;
        }
        String host = remoteHost.trim().toLowerCase(Locale.ROOT);
        int semicolon = host.indexOf(';');
        if (semicolon >= 0) {
            host = host.substring(semicolon + 1).trim();
        }
        int end = 0;
        while (end < host.length() && (Character.isLetterOrDigit(host.charAt(end)) || host.charAt(end) == '.'
                || host.charAt(end) == '-' || host.charAt(end) == '_')) {
            end++;
        }
        host = host.substring(0, end);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() ? null : host;
    }
}
