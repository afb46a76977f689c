package jp.todoku.dnscheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Looks at a domain's SPF record as a whole, as MXToolbox does, without a sending address: counts every
 * DNS-querying term through all includes and redirects (receivers give up after 10), finds include loops,
 * includes without a record or with a broken one, and the "all" that finally applies.
 */
final class SpfAudit {

    /** What the walk found; the lists hold domain names, in the order met. */
    record Findings(int lookups, Set<String> loops, Set<String> missing, Set<String> broken, Set<String> unknown,
            Optional<SpfTerm.Qualifier> all) {
    }

    // Bounds the walk for records that include far beyond the limit; enough to show "14 lookups".
    private static final int MAX_RECORDS = 30;

    private final SpfRecords records;
    private final Set<String> chain = new HashSet<>();
    private final Set<String> loops = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> broken = new LinkedHashSet<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private int lookups;

    SpfAudit(SpfRecords records) {
        this.records = records;
    }

    Findings audit(String domain, SpfRecord record) {
        chain.add(domain.toLowerCase(Locale.ROOT));
        Optional<SpfTerm.Qualifier> all = walk(domain, record);
        return new Findings(lookups, loops, missing, broken, unknown, all);
    }

    /** Walks one record; returns the qualifier of the "all" that ends it (through its redirect). */
    private Optional<SpfTerm.Qualifier> walk(String domain, SpfRecord record) {
        SpfMacro macro = SpfMacro.forDomain(domain, Optional.empty());
        for (SpfTerm.Mechanism mechanism : record.mechanisms()) {
            if (mechanism.kind().queriesDns()) {
                lookups++;
            }
            if (mechanism.kind() == SpfTerm.Kind.INCLUDE) {
                macro.expand(mechanism.argument()).flatMap(this::follow).ifPresent(this::walkInside);
            }
        }
        Optional<SpfTerm.Mechanism> all = record.all();
        if (all.isPresent()) {
            return all.map(SpfTerm.Mechanism::qualifier); // a redirect beside "all" is never used (RFC 7208 6.1)
        }
        Optional<String> redirect = record.redirect();
        if (redirect.isEmpty()) {
            return Optional.empty();
        }
        lookups++;
        return macro.expand(redirect.get()).flatMap(this::follow).flatMap(this::walkInside);
    }

    private Optional<SpfTerm.Qualifier> walkInside(Target target) {
        chain.add(target.domain());
        try {
            return walk(target.domain(), target.record());
        } finally {
            chain.remove(target.domain());
        }
    }

    private record Target(String domain, SpfRecord record) {
    }

    /** Fetches an included or redirected domain's record, noting loops, missing and broken records. */
    private Optional<Target> follow(String target) {
        String domain = target.toLowerCase(Locale.ROOT);
        if (chain.contains(domain)) {
            loops.add(domain);
            return Optional.empty();
        }
        if (records.fetches() >= MAX_RECORDS) {
            return Optional.empty();
        }
        SpfRecords.Published published = records.fetch(domain);
        if (published.isFailed()) {
            unknown.add(domain);
            return Optional.empty();
        }
        if (published.isNone()) {
            missing.add(domain);
            return Optional.empty();
        }
        Optional<SpfRecord> record = published.single();
        if (record.isEmpty() || !record.get().errors().isEmpty()) {
            broken.add(domain);
            return Optional.empty();
        }
        return Optional.of(new Target(domain, record.get()));
    }
}
