package jp.todoku.dnscheck;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A DMARC policy record (RFC 7489 section 6.3). {@link #problem()} names the first tag that makes it
 * unusable ("p", "pct", "v"); a receiver ignores such a record, as if the domain had none.
 */
record DmarcRecord(Map<String, String> tags, Optional<String> problem) {

    private static final Pattern VERSION = Pattern.compile("(?i)v\\s*=\\s*DMARC1\\s*(?:;.*)?", Pattern.DOTALL);
    private static final List<String> POLICIES = List.of("none", "quarantine", "reject");

    DmarcRecord {
        tags = Map.copyOf(tags);
    }

    static boolean isDmarc(String txt) {
        return VERSION.matcher(txt.strip()).matches();
    }

    static Optional<DmarcRecord> find(String txt) {
        if (!isDmarc(txt)) {
            return Optional.empty();
        }
        Optional<Map<String, String>> tags = TagList.parse(txt);
        if (tags.isEmpty()) {
            return Optional.of(new DmarcRecord(Map.of(), Optional.of("v")));
        }
        return Optional.of(new DmarcRecord(tags.get(), problem(tags.get())));
    }

    private static Optional<String> problem(Map<String, String> tags) {
        if (!POLICIES.contains(tags.getOrDefault("p", "").toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("p");
        }
        String pct = tags.getOrDefault("pct", "100");
        if (!pct.matches("[0-9]{1,3}") || Integer.parseInt(pct) > 100) {
            return Optional.of("pct");
        }
        return Optional.empty();
    }

    String policy() {
        return tags.getOrDefault("p", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The policy for subdomains (sp=), which applies when this record was found at a parent domain. */
    String subdomainPolicy() {
        String subdomain = tags.getOrDefault("sp", "").toLowerCase(java.util.Locale.ROOT);
        return POLICIES.contains(subdomain) ? subdomain : policy();
    }

    int percent() {
        return problem.isEmpty() ? Integer.parseInt(tags.getOrDefault("pct", "100")) : 0;
    }

    /** The aggregate report addresses (rua=mailto:a@example.jp,mailto:b@example.jp), as written. */
    List<String> reportAddresses() {
        String rua = tags.getOrDefault("rua", "");
        return rua.isBlank() ? List.of() : List.of(rua.split("\\s*,\\s*"));
    }
}
