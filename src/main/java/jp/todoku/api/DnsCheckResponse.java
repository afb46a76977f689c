package jp.todoku.api;

import java.util.List;
import java.util.Locale;
import jp.todoku.dnscheck.CheckReport;
import jp.todoku.dnscheck.CheckResult;
import org.springframework.context.MessageSource;

/**
 * {@code GET /api/v1/dns-checks}: the report with each result's text in the request's language, plus the
 * message key and arguments for clients that keep their own texts. Records are DNS data, unescaped JSON.
 */
record DnsCheckResponse(String kind, String subject, String outcome, long elapsedMillis, List<Result> results) {

    record Result(String check, String outcome, String title, String message, String key, List<String> arguments,
                  List<String> records) {
    }

    static DnsCheckResponse of(String kind, CheckReport report, MessageSource messages, Locale locale) {
        return new DnsCheckResponse(kind, report.subject(), report.worst().code(), report.elapsed().toMillis(),
                report.results().stream().map(result -> result(result, messages, locale)).toList());
    }

    private static Result result(CheckResult result, MessageSource messages, Locale locale) {
        return new Result(result.check().code(), result.outcome().code(),
                messages.getMessage(result.check().titleKey(), null, locale),
                messages.getMessage(result.messageKey(), result.arguments().toArray(), locale),
                result.messageKey(), result.arguments(), result.records());
    }
}
