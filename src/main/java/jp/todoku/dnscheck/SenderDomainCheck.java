package jp.todoku.dnscheck;

import java.util.List;

/**
 * Whether the sender domain exists and could receive a reply or a bounce. Many receivers refuse mail
 * whose sender domain does not (Postfix's reject_unknown_sender_domain, Gmail's "553 5.1.8"), and RFC
 * 7505 lets them refuse mail from a domain that publishes a null MX.
 */
final class SenderDomainCheck {

    private final DnsLookup lookup;

    SenderDomainCheck(DnsLookup lookup) {
        this.lookup = lookup;
    }

    List<CheckResult> run(DomainName domain) {
        String name = domain.ascii();
        DnsAnswer<MailExchange> exchanges = lookup.mx(name);
        if (exchanges.isFailed()) {
            return List.of(CheckResult.failed(CheckId.SENDER_DOMAIN, exchanges.failure().orElseThrow(), name));
        }
        List<String> records = exchanges.records().stream().map(MailExchange::toString).toList();
        if (exchanges.status() == DnsStatus.NO_SUCH_DOMAIN) {
            return List.of(CheckResult.of(CheckId.SENDER_DOMAIN, Finding.SENDER_DOMAIN_NOT_FOUND, name));
        }
        if (exchanges.records().stream().anyMatch(MailExchange::isNullMx)) {
            return List.of(CheckResult.of(CheckId.SENDER_DOMAIN, Finding.SENDER_DOMAIN_NULL_MX, records, name));
        }
        if (exchanges.isFound()) {
            return List.of(CheckResult.of(CheckId.SENDER_DOMAIN, Finding.SENDER_DOMAIN_RECEIVES, records, name));
        }
        DnsAnswer<java.net.InetAddress> v4 = lookup.a(name);
        DnsAnswer<java.net.InetAddress> v6 = v4.isFound() ? v4 : lookup.aaaa(name);
        if (v4.isFound() || v6.isFound()) {
            return List.of(CheckResult.of(CheckId.SENDER_DOMAIN, Finding.SENDER_DOMAIN_RECEIVES, name));
        }
        if (v4.isFailed() || v6.isFailed()) {
            DnsFailure failure = v4.failure().or(v6::failure).orElseThrow();
            return List.of(CheckResult.failed(CheckId.SENDER_DOMAIN, failure, name));
        }
        return List.of(CheckResult.of(CheckId.SENDER_DOMAIN, Finding.SENDER_DOMAIN_NO_MAIL, name));
    }
}
