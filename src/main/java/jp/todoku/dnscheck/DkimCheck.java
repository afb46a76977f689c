package jp.todoku.dnscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The DKIM results for a sender domain. With a selector (from the DKIM-Signature header's s= tag) the
 * answer is definite; without one, only well-known selectors can be tried, and finding none proves nothing.
 */
final class DkimCheck {

    // RFC 6376 3.1: a selector is one or more labels; each label letters, digits, hyphens (and "_" in practice).
    private static final Pattern SELECTOR = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
            + "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?){0,4}");

    private final DnsLookup lookup;
    private final Parallel parallel;
    private final List<String> commonSelectors;

    DkimCheck(DnsLookup lookup, Parallel parallel, List<String> commonSelectors) {
        this.lookup = lookup;
        this.parallel = parallel;
        this.commonSelectors = List.copyOf(commonSelectors);
    }

    static boolean isSelector(String text) {
        return text.length() <= 128 && SELECTOR.matcher(text).matches();
    }

    private record Candidate(String selector, String name, DnsAnswer<String> answer) {

        List<String> keys() {
            return answer.records().stream().filter(DkimKey::looksLikeKey).toList();
        }
    }

    List<CheckResult> run(DomainName domain, Optional<String> selector) {
        if (selector.isPresent()) {
            Candidate candidate = ask(domain, selector.get());
            if (candidate.answer().isFailed()) {
                return List.of(CheckResult.failed(CheckId.DKIM, candidate.answer().failure().orElseThrow(), candidate.name()));
            }
            return candidate.keys().isEmpty()
                    ? List.of(CheckResult.of(CheckId.DKIM, Finding.DKIM_SELECTOR_NOT_FOUND, candidate.answer().records(),
                            candidate.selector(), candidate.name()))
                    : List.of(judge(candidate));
        }
        List<Candidate> tried = parallel.map(commonSelectors, each -> ask(domain, each));
        List<CheckResult> results = new ArrayList<>();
        tried.stream().filter(candidate -> !candidate.keys().isEmpty()).forEach(candidate -> results.add(judge(candidate)));
        if (results.isEmpty()) {
            Optional<Candidate> failed = tried.stream().filter(candidate -> candidate.answer().isFailed()).findFirst();
            if (failed.isPresent() && tried.stream().allMatch(candidate -> candidate.answer().isFailed())) {
                return List.of(CheckResult.failed(CheckId.DKIM, failed.get().answer().failure().orElseThrow(), failed.get().name()));
            }
            results.add(CheckResult.of(CheckId.DKIM, Finding.DKIM_COMMON_NOT_FOUND, String.join(", ", commonSelectors)));
        }
        return results;
    }

    private Candidate ask(DomainName domain, String selector) {
        String name = selector + "._domainkey." + domain.ascii();
        return new Candidate(selector, name, lookup.txt(name));
    }

    private static CheckResult judge(Candidate candidate) {
        String record = candidate.keys().get(0);
        List<String> records = candidate.keys();
        Optional<DkimKey> key = DkimKey.find(record);
        if (key.isEmpty()) {
            return CheckResult.of(CheckId.DKIM, Finding.DKIM_KEY_INVALID, records, candidate.selector());
        }
        if (key.get().revoked()) {
            return CheckResult.of(CheckId.DKIM, Finding.DKIM_KEY_REVOKED, records, candidate.selector());
        }
        int bits = key.get().bits();
        String size = String.valueOf(bits);
        // RFC 8301: verifiers must refuse RSA keys under 1024 bits; 2048 is what Gmail and others advise.
        if (key.get().type().equals("rsa") && bits < 1024) {
            return CheckResult.of(CheckId.DKIM, Finding.DKIM_KEY_TOO_SHORT, records, candidate.selector(), size);
        }
        if (key.get().type().equals("rsa") && bits < 2048) {
            return CheckResult.of(CheckId.DKIM, Finding.DKIM_KEY_WEAK, records, candidate.selector(), size);
        }
        return CheckResult.of(CheckId.DKIM, Finding.DKIM_KEY_FOUND, records, candidate.selector(), key.get().type(), size);
    }
}
