package jp.todoku.dnscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DMARC results for a sender domain: its policy and whether it asks for reports. A subdomain without
 * its own record is covered by a parent's; we walk up the tree as DMARCbis does (instead of RFC 7489's
 * public suffix list, which Todoku does not carry), stopping before the top-level domain.
 */
final class DmarcCheck {

    private static final int MAX_PARENTS = 4;

    private final DnsLookup lookup;

    DmarcCheck(DnsLookup lookup) {
        this.lookup = lookup;
    }

    private record Found(String domain, List<String> published) {
    }

    List<CheckResult> run(DomainName domain) {
        String first = "_dmarc." + domain.ascii();
        List<String> candidates = candidates(domain.ascii());
        Optional<Found> found = Optional.empty();
        List<String> seen = List.of();
        for (String candidate : candidates) {
            String name = "_dmarc." + candidate;
            DnsAnswer<String> answer = lookup.txt(name);
            if (answer.isFailed()) {
                return List.of(CheckResult.failed(CheckId.DMARC, answer.failure().orElseThrow(), name));
            }
            List<String> published = answer.records().stream().filter(DmarcRecord::isDmarc).toList();
            if (candidate.equals(domain.ascii())) {
                seen = answer.records();
            }
            if (!published.isEmpty()) {
                found = Optional.of(new Found(candidate, published));
                break;
            }
        }
        if (found.isEmpty()) {
            return List.of(CheckResult.of(CheckId.DMARC, Finding.DMARC_MISSING, seen, first));
        }
        return judge(found.get(), !found.get().domain().equals(domain.ascii()), first);
    }

    private static List<CheckResult> judge(Found found, boolean fromParent, String first) {
        List<String> published = found.published();
        if (published.size() > 1) {
            return List.of(CheckResult.of(CheckId.DMARC, Finding.DMARC_MULTIPLE, published, String.valueOf(published.size())));
        }
        DmarcRecord record = DmarcRecord.find(published.get(0)).orElseThrow();
        if (record.problem().isPresent()) {
            return List.of(CheckResult.of(CheckId.DMARC, Finding.DMARC_INVALID, published, record.problem().get()));
        }
        List<CheckResult> results = new ArrayList<>();
        if (fromParent) {
            results.add(CheckResult.of(CheckId.DMARC, Finding.DMARC_FROM_PARENT, published, found.domain(), first));
        }
        String policy = fromParent ? record.subdomainPolicy() : record.policy();
        String percent = String.valueOf(record.percent());
        Finding finding = policy.equals("none") ? Finding.DMARC_MONITOR_ONLY
                : record.percent() < 100 ? Finding.DMARC_PARTIAL : Finding.DMARC_ENFORCED;
        results.add(CheckResult.of(CheckId.DMARC, finding, published, policy, percent));
        results.add(record.reportAddresses().isEmpty()
                ? CheckResult.of(CheckId.DMARC_REPORTS, Finding.DMARC_REPORTS_NONE)
                : CheckResult.of(CheckId.DMARC_REPORTS, Finding.DMARC_REPORTS_SENT, String.join(", ", record.reportAddresses())));
        return results;
    }

    /** The domain, then its parents down to (not including) the top-level domain, at most a few. */
    private static List<String> candidates(String domain) {
        List<String> names = new ArrayList<>();
        String name = domain;
        while (name.indexOf('.') > 0 && names.size() <= MAX_PARENTS) {
            names.add(name);
            name = name.substring(name.indexOf('.') + 1);
        }
        return names;
    }
}
