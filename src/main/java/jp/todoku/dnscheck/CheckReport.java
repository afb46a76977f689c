package jp.todoku.dnscheck;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The results of one front-door call, in a stable order (the order of {@link CheckId}, then as found).
 * {@code subject} is the domain or address checked, normalised (punycode, compressed), or empty when the
 * input could not be read.
 */
public record CheckReport(String subject, List<CheckResult> results, Duration elapsed) {

    public CheckReport {
        Objects.requireNonNull(subject, "subject");
        results = List.copyOf(results);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The worst outcome of all results: what a summary line would show. PASS for an empty report. */
    public Outcome worst() {
        return results.stream().map(CheckResult::outcome).reduce(Outcome.PASS, Outcome::worse);
    }

    public List<CheckResult> results(CheckId check) {
        return results.stream().filter(result -> result.check() == check).toList();
    }
}
