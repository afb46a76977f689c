package jp.todoku.dnscheck;

import java.util.List;

/** The DMARC results for a sender domain: its policy and whether it asks for reports. */
final class DmarcCheck {

    private final DnsLookup lookup;

    DmarcCheck(DnsLookup lookup) {
        this.lookup = lookup;
    }

    // Only the domain itself is asked; the organisational-domain fallback (RFC 7489 6.6.3) needs the
    // public suffix list, which Todoku does not carry yet.
    List<CheckResult> run(DomainName domain) {
        String name = "_dmarc." + domain.ascii();
        DnsAnswer<String> answer = lookup.txt(name);
        if (answer.isFailed()) {
            return List.of(CheckResult.failed(CheckId.DMARC, answer.failure().orElseThrow(), name));
        }
        List<String> published = answer.records().stream().filter(DmarcRecord::isDmarc).toList();
        if (published.isEmpty()) {
            return List.of(CheckResult.of(CheckId.DMARC, Finding.DMARC_MISSING, answer.records(), name));
        }
        if (published.size() > 1) {
            return List.of(CheckResult.of(CheckId.DMARC, Finding.DMARC_MULTIPLE, published, String.valueOf(published.size())));
        }
        DmarcRecord record = DmarcRecord.find(published.get(0)).orElseThrow();
        if (record.problem().isPresent()) {
            return List.of(CheckResult.of(CheckId.DMARC, Finding.DMARC_INVALID, published, record.problem().get()));
        }
        String percent = String.valueOf(record.percent());
        Finding policy = record.policy().equals("none") ? Finding.DMARC_MONITOR_ONLY
                : record.percent() < 100 ? Finding.DMARC_PARTIAL : Finding.DMARC_ENFORCED;
        CheckResult reports = record.reportAddresses().isEmpty()
                ? CheckResult.of(CheckId.DMARC_REPORTS, Finding.DMARC_REPORTS_NONE)
                : CheckResult.of(CheckId.DMARC_REPORTS, Finding.DMARC_REPORTS_SENT, String.join(", ", record.reportAddresses()));
        return List.of(CheckResult.of(CheckId.DMARC, policy, published, record.policy(), percent), reports);
    }
}
