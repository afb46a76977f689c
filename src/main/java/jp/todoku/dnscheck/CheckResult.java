package jp.todoku.dnscheck;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a report: which check, how it came out, the message key and its arguments (the text
 * is in the messages files, never here) and the DNS records it was based on, as seen, for the curious.
 */
public record CheckResult(CheckId check, Outcome outcome, String messageKey, List<String> arguments,
        List<String> records) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        records = List.copyOf(records);
    }

    public static CheckResult of(CheckId check, Finding finding, List<String> records, String... arguments) {
        return new CheckResult(check, finding.outcome(), finding.key(), List.of(arguments), records);
    }

    public static CheckResult of(CheckId check, Finding finding, String... arguments) {
        return of(check, finding, List.of(), arguments);
    }

    /** The lookup of {@code name} failed; the check cannot say anything. */
    public static CheckResult failed(CheckId check, DnsFailure failure, String name) {
        return of(check, Finding.of(failure), name);
    }
}
