package jp.todoku.dnscheck;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches the SPF record of a domain, once per check: the audit and the evaluation walk the same includes,
 * and asking twice would double the time and the load on the customer's name servers.
 */
final class SpfRecords {

    /** What a domain publishes: the lookup's answer and the TXT strings among it that are SPF records. */
    record Published(DnsAnswer<String> answer, List<String> spf) {

        Published {
            spf = List.copyOf(spf);
        }

        boolean isFailed() {
            return answer.isFailed();
        }

        boolean isNone() {
            return !answer.isFailed() && spf.isEmpty();
        }

        /** The one record, when there is exactly one (two or more are a permanent error, RFC 7208 4.5). */
        Optional<SpfRecord> single() {
            return spf.size() == 1 ? SpfRecord.find(spf.get(0)) : Optional.empty();
        }
    }

    private final DnsLookup lookup;
    private final Map<String, Published> fetched = new HashMap<>();

    SpfRecords(DnsLookup lookup) {
        this.lookup = lookup;
    }

    Published fetch(String domain) {
        return fetched.computeIfAbsent(domain.toLowerCase(Locale.ROOT), name -> {
            // A name that is not a plain domain (a macro gone wrong) cannot hold a record; do not ask about it.
            boolean plain = DomainName.find(name).map(DomainName::ascii).filter(name::equals).isPresent();
            DnsAnswer<String> answer = plain ? lookup.txt(name) : DnsAnswer.noSuchDomain();
            return new Published(answer, answer.records().stream().filter(SpfRecord::isSpf).toList());
        });
    }

    int fetches() {
        return fetched.size();
    }
}
