package jp.todoku.dnscheck;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a recipient domain can receive mail: it exists, names its mail servers (or falls back to its own
 * address, RFC 5321 5.1), does not publish a null MX (RFC 7505), and its mail servers have addresses.
 */
final class MailExchangeCheck {

    // A sender tries only a handful of MX hosts; more than this is not worth the lookups.
    private static final int MAX_HOSTS = 10;

    private final DnsLookup lookup;
    private final Parallel parallel;

    MailExchangeCheck(DnsLookup lookup, Parallel parallel) {
        this.lookup = lookup;
        this.parallel = parallel;
    }

    List<CheckResult> run(DomainName domain) {
        DnsAnswer<MailExchange> answer = lookup.mx(domain.ascii());
        return switch (answer.status()) {
            case FAILED -> List.of(CheckResult.failed(CheckId.MX, answer.failure().orElseThrow(), domain.ascii()));
            case NO_SUCH_DOMAIN -> List.of(CheckResult.of(CheckId.MX, Finding.DOMAIN_NOT_FOUND, domain.ascii()));
            case NO_RECORDS -> addressFallback(domain);
            case FOUND -> exchanges(domain, answer.records());
        };
    }

    private List<CheckResult> exchanges(DomainName domain, List<MailExchange> found) {
        List<MailExchange> sorted = found.stream().sorted(Comparator.comparingInt(MailExchange::preference)
                .thenComparing(MailExchange::host)).toList();
        List<String> records = sorted.stream().map(MailExchange::toString).toList();
        if (sorted.stream().anyMatch(MailExchange::isNullMx)) {
            return List.of(CheckResult.of(CheckId.MX, Finding.MX_NULL, records, domain.ascii()));
        }
        List<String> hosts = sorted.stream().map(MailExchange::host).distinct().limit(MAX_HOSTS).toList();
        List<CheckResult> results = new ArrayList<>();
        results.add(CheckResult.of(CheckId.MX, Finding.MX_FOUND, records, domain.ascii(), String.join(", ", hosts)));
        results.add(hosts(hosts));
        return results;
    }

    private CheckResult hosts(List<String> hosts) {
        List<Addresses> resolved = parallel.map(hosts, this::addresses);
        List<String> unresolved = resolved.stream().filter(Addresses::isEmpty).map(Addresses::host).toList();
        List<String> records = resolved.stream().filter(each -> !each.found().isEmpty())
                .map(each -> each.host() + " " + String.join(" ", each.found())).toList();
        if (unresolved.isEmpty() && resolved.stream().anyMatch(Addresses::isFailed)) {
            Addresses failed = resolved.stream().filter(Addresses::isFailed).findFirst().orElseThrow();
            return records.isEmpty() ? CheckResult.failed(CheckId.MX_HOSTS, failed.failure(), failed.host())
                    : CheckResult.of(CheckId.MX_HOSTS, Finding.MX_HOSTS_RESOLVE, records, String.valueOf(records.size()));
        }
        if (unresolved.isEmpty()) {
            return CheckResult.of(CheckId.MX_HOSTS, Finding.MX_HOSTS_RESOLVE, records, String.valueOf(hosts.size()));
        }
        return CheckResult.of(CheckId.MX_HOSTS, records.isEmpty() ? Finding.MX_HOSTS_UNRESOLVED
                : Finding.MX_HOSTS_SOME_UNRESOLVED, records, String.join(", ", unresolved));
    }

    /** A host's IPv4 and IPv6 addresses; empty means both lookups answered "none", failed means one could not. */
    private record Addresses(String host, List<String> found, boolean isEmpty, boolean isFailed, DnsFailure failure) {
    }

    private Addresses addresses(String host) {
        DnsAnswer<InetAddress> v4 = lookup.a(host);
        DnsAnswer<InetAddress> v6 = lookup.aaaa(host);
        List<String> found = Stream.concat(v4.records().stream(), v6.records().stream())
                .map(address -> new IpAddress(address).text()).toList();
        boolean failed = found.isEmpty() && (v4.isFailed() || v6.isFailed());
        DnsFailure failure = v4.failure().or(v6::failure).orElse(DnsFailure.NETWORK);
        return new Addresses(host, found, found.isEmpty() && v4.isEmpty() && v6.isEmpty(), failed, failure);
    }

    private List<CheckResult> addressFallback(DomainName domain) {
        Addresses own = addresses(domain.ascii());
        if (!own.found().isEmpty()) {
            return List.of(CheckResult.of(CheckId.MX, Finding.MX_ADDRESS_FALLBACK, own.found(), domain.ascii(),
                    String.join(", ", own.found())));
        }
        if (own.isFailed()) {
            return List.of(CheckResult.failed(CheckId.MX, own.failure(), domain.ascii()));
        }
        return List.of(CheckResult.of(CheckId.MX, Finding.MX_NONE, domain.ascii()));
    }
}
