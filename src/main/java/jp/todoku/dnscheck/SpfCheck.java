package jp.todoku.dnscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SPF results for a sender domain: the record, its lookups and includes, its "all", and one address. */
final class SpfCheck {

    private final DnsLookup lookup;

    SpfCheck(DnsLookup lookup) {
        this.lookup = lookup;
    }

    List<CheckResult> run(DomainName domain, Optional<IpAddress> sender) {
        SpfRecords records = new SpfRecords(lookup);
        SpfRecords.Published published = records.fetch(domain.ascii());
        List<CheckResult> results = new ArrayList<>();
        if (published.isFailed()) {
            results.add(CheckResult.failed(CheckId.SPF_RECORD, published.answer().failure().orElseThrow(), domain.ascii()));
            return results;
        }
        Optional<SpfRecord> record = published.single();
        if (published.isNone()) {
            results.add(CheckResult.of(CheckId.SPF_RECORD, Finding.SPF_MISSING, published.answer().records(), domain.ascii()));
        } else if (record.isEmpty()) {
            results.add(CheckResult.of(CheckId.SPF_RECORD, Finding.SPF_MULTIPLE, published.spf(), domain.ascii(),
                    String.valueOf(published.spf().size())));
        } else if (!record.get().errors().isEmpty()) {
            results.add(CheckResult.of(CheckId.SPF_RECORD, Finding.SPF_SYNTAX, published.spf(), domain.ascii(),
                    String.join(" ", record.get().errors())));
        } else {
            results.add(CheckResult.of(CheckId.SPF_RECORD, Finding.SPF_VALID, published.spf(), domain.ascii()));
            if (record.get().mechanisms().stream().anyMatch(mechanism -> mechanism.kind() == SpfTerm.Kind.PTR)) {
                results.add(CheckResult.of(CheckId.SPF_RECORD, Finding.SPF_PTR_MECHANISM, domain.ascii()));
            }
            audit(domain, record.get(), records, results);
        }
        sender.ifPresent(address -> results.add(evaluate(domain, address, records)));
        return results;
    }

    private static void audit(DomainName domain, SpfRecord record, SpfRecords records, List<CheckResult> results) {
        SpfAudit.Findings findings = new SpfAudit(records).audit(domain.ascii(), record);
        String limit = String.valueOf(SpfEvaluator.LOOKUP_LIMIT);
        results.add(CheckResult.of(CheckId.SPF_LOOKUPS, findings.lookups() > SpfEvaluator.LOOKUP_LIMIT
                ? Finding.SPF_LOOKUPS_TOO_MANY : Finding.SPF_LOOKUPS_OK, String.valueOf(findings.lookups()), limit));
        findings.loops().forEach(name -> results.add(CheckResult.of(CheckId.SPF_LOOKUPS, Finding.SPF_INCLUDE_LOOP, name)));
        findings.missing().forEach(name -> results.add(CheckResult.of(CheckId.SPF_LOOKUPS, Finding.SPF_INCLUDE_MISSING, name)));
        findings.broken().forEach(name -> results.add(CheckResult.of(CheckId.SPF_LOOKUPS, Finding.SPF_INCLUDE_BROKEN, name)));
        findings.unknown().forEach(name -> results.add(CheckResult.of(CheckId.SPF_LOOKUPS, Finding.SPF_INCLUDE_UNKNOWN, name)));
        Finding all = findings.all().map(qualifier -> switch (qualifier) {
            case FAIL -> Finding.SPF_ALL_FAIL;
            case SOFTFAIL -> Finding.SPF_ALL_SOFTFAIL;
            case NEUTRAL -> Finding.SPF_ALL_NEUTRAL;
            case PASS -> Finding.SPF_ALL_PASS;
        }).orElse(Finding.SPF_ALL_MISSING);
        results.add(CheckResult.of(CheckId.SPF_ALL, all));
    }

    private CheckResult evaluate(DomainName domain, IpAddress address, SpfRecords records) {
        SpfResult result = new SpfEvaluator(lookup, records, address).evaluate(domain.ascii());
        Finding finding = switch (result) {
            case PASS -> Finding.SPF_SENDER_PASS;
            case FAIL -> Finding.SPF_SENDER_FAIL;
            case SOFTFAIL -> Finding.SPF_SENDER_SOFTFAIL;
            case NEUTRAL -> Finding.SPF_SENDER_NEUTRAL;
            case NONE -> Finding.SPF_SENDER_NONE;
            case PERMERROR -> Finding.SPF_SENDER_PERMERROR;
            case TEMPERROR -> Finding.SPF_SENDER_TEMPERROR;
        };
        return CheckResult.of(CheckId.SPF_SENDER, finding, address.text(), domain.ascii());
    }
}
