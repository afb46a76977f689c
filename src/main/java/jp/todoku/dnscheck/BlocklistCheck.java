package jp.todoku.dnscheck;

import java.net.InetAddress;
import java.util.List;

/**
 * Whether a sending address is listed on one DNS blocklist (RFC 5782): 127.0.0.x answers mean listed,
 * no such name means not listed, once the list has shown it works. Spamhaus answers 127.255.255.252/254/255 when it refuses the query (typo,
 * public resolver, too many queries); those say nothing about the address and are reported as such.
 */
final class BlocklistCheck {

    private static final int MAX_REASON = 200;

    private final DnsLookup lookup;

    BlocklistCheck(DnsLookup lookup) {
        this.lookup = lookup;
    }

    CheckResult run(IpAddress address, String zone) {
        String name = address.reversed() + "." + zone;
        DnsAnswer<InetAddress> answer = lookup.a(name);
        if (answer.isFailed()) {
            return CheckResult.failed(CheckId.DNSBL, answer.failure().orElseThrow(), zone);
        }
        if (answer.isEmpty()) {
            // RFC 5782 5: every list must list 127.0.0.2. A list that does not is dead, or refuses us, or
            // our resolver cannot reach it; then "not listed" means nothing.
            return lookup.a("2.0.0.127." + zone).isFound()
                    ? CheckResult.of(CheckId.DNSBL, Finding.DNSBL_NOT_LISTED, zone, address.text())
                    : CheckResult.of(CheckId.DNSBL, Finding.DNSBL_NOT_WORKING, zone);
        }
        List<String> codes = answer.records().stream().map(found -> new IpAddress(found).text()).sorted().toList();
        if (codes.stream().anyMatch(code -> code.startsWith("127.255.255."))) {
            return CheckResult.of(CheckId.DNSBL, Finding.DNSBL_REFUSED, codes, zone, String.join(", ", codes));
        }
        if (!codes.stream().allMatch(code -> code.startsWith("127."))) {
            // Outside 127/8 is not a blocklist answer: typically a resolver that rewrites NXDOMAIN to an ad page.
            return CheckResult.of(CheckId.DNSBL, Finding.DNSBL_ODD_ANSWER, codes, zone, String.join(", ", codes));
        }
        if (listsEverything(zone)) {
            return CheckResult.of(CheckId.DNSBL, Finding.DNSBL_LISTS_EVERYTHING, codes, zone);
        }
        return CheckResult.of(CheckId.DNSBL, Finding.DNSBL_LISTED, codes, zone, address.text(), String.join(", ", codes),
                reason(name));
    }

    // RFC 5782 5: 127.0.0.1 must never be listed. Lists that were shut down sometimes answer "listed"
    // for every address; believing them would send a customer chasing a listing that does not exist.
    private boolean listsEverything(String zone) {
        return lookup.a("1.0.0.127." + zone).isFound();
    }

    /** The list's own explanation (often a URL to look the address up), if it publishes one. */
    private String reason(String name) {
        String text = String.join(" ", lookup.txt(name).records()).strip();
        String printable = text.codePoints().filter(c -> c >= 0x20 && c != 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > MAX_REASON ? printable.substring(0, MAX_REASON) + "…" : printable;
    }
}
