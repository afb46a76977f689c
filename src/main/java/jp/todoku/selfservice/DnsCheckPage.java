package jp.todoku.selfservice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.dnscheck.CheckReport;
import jp.todoku.dnscheck.CheckResult;

/**
 * What the DNS check page shows: the form as typed, and after a check one row per result with its
 * outcome, the engine's message key and arguments (texts in messages/dnscheck*.properties) and the
 * records seen. Records come from other people's DNS: the template shows them with th:text only.
 */
record DnsCheckPage(Kind kind, String domain, String selector, String address, String problemKey,
                    Optional<Report> report) {

    /** Which check the customer asked for; the code travels in the form's {@code kind} field. */
    enum Kind {
        RECIPIENT, SENDER, SERVER;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind find(String code) {
            return "sender".equals(code) ? SENDER : "server".equals(code) ? SERVER : RECIPIENT;
        }
    }

    record Report(String subject, String outcome, String summaryKey, List<Row> rows, boolean resolverBlind,
                  long elapsedMillis) {
    }

    record Row(String check, String titleKey, String aboutKey, String outcome, String outcomeKey, String messageKey,
               Object[] arguments, List<String> records) {
    }

    static DnsCheckPage form(Kind kind, String domain, String selector, String address, String problemKey) {
        return new DnsCheckPage(kind, domain, selector, address, problemKey, Optional.empty());
    }

    static DnsCheckPage of(Kind kind, String domain, String selector, String address, CheckReport report) {
        List<Row> rows = report.results().stream().map(DnsCheckPage::row).toList();
        boolean blind = report.results().stream().anyMatch(result -> result.messageKey().endsWith(".resolver-blind"));
        String outcome = report.worst().code();
        return new DnsCheckPage(kind, domain, selector, address, null, Optional.of(new Report(report.subject(), outcome,
                "selfservice.dns.summary." + outcome, rows, blind, report.elapsed().toMillis())));
    }

    private static Row row(CheckResult result) {
        return new Row(result.check().code(), result.check().titleKey(), result.check().aboutKey(),
                result.outcome().code(), result.outcome().messageKey(), result.messageKey(),
                result.arguments().toArray(), result.records());
    }

    public String kindCode() {
        return kind.code();
    }

    /** The report's title key: dnscheck.report.recipient, .sender or .server. */
    public String reportKey() {
        return "dnscheck.report." + kind.code();
    }

    /** The field the problem is about, for the error summary's link. */
    public String problemField() {
        return kind == Kind.SERVER ? "address" : "domain";
    }
}
