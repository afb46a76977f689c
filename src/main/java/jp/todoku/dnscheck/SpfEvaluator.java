package jp.todoku.dnscheck;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * check_host() of RFC 7208 for one sending address: walks the record in order, follows include and
 * redirect, and stops with PERMERROR at the 11th DNS-querying term or the 3rd void lookup (section 4.6.4),
 * or at an include loop. Bounded by those limits, so a hostile record cannot make it run long.
 */
final class SpfEvaluator {

    static final int LOOKUP_LIMIT = 10;
    static final int VOID_LIMIT = 2;
    private static final int MX_LIMIT = 10;
    private static final int PTR_LIMIT = 10;

    private final DnsLookup lookup;
    private final SpfRecords records;
    private final IpAddress address;
    private final Set<String> chain = new HashSet<>();
    private int lookups;
    private int voids;

    SpfEvaluator(DnsLookup lookup, SpfRecords records, IpAddress address) {
        this.lookup = lookup;
        this.records = records;
        this.address = address;
    }

    SpfResult evaluate(String domain) {
        return checkHost(domain.toLowerCase(Locale.ROOT));
    }

    private SpfResult checkHost(String domain) {
        if (!chain.add(domain)) {
            return SpfResult.PERMERROR;
        }
        try {
            SpfRecords.Published published = records.fetch(domain);
            if (published.isFailed()) {
                return SpfResult.TEMPERROR;
            }
            if (published.isNone()) {
                return SpfResult.NONE;
            }
            Optional<SpfRecord> record = published.single();
            if (record.isEmpty() || !record.get().errors().isEmpty()) {
                return SpfResult.PERMERROR;
            }
            return evaluate(domain, record.get());
        } finally {
            chain.remove(domain);
        }
    }

    private SpfResult evaluate(String domain, SpfRecord record) {
        SpfMacro macro = SpfMacro.forDomain(domain, Optional.of(address));
        for (SpfTerm.Mechanism mechanism : record.mechanisms()) {
            if (mechanism.kind().queriesDns() && ++lookups > LOOKUP_LIMIT) {
                return SpfResult.PERMERROR;
            }
            Optional<String> target = macro.expand(mechanism.argument()).map(name -> name.toLowerCase(Locale.ROOT));
            if (target.isEmpty()) {
                return SpfResult.PERMERROR;
            }
            Match match = match(mechanism, target.get());
            if (match.error().isPresent()) {
                return match.error().get();
            }
            if (match.matched()) {
                return SpfResult.of(mechanism.qualifier());
            }
        }
        Optional<String> redirect = record.redirect().flatMap(macro::expand);
        if (record.redirect().isPresent()) {
            if (++lookups > LOOKUP_LIMIT || redirect.isEmpty()) {
                return SpfResult.PERMERROR;
            }
            SpfResult result = checkHost(redirect.get().toLowerCase(Locale.ROOT));
            return result == SpfResult.NONE ? SpfResult.PERMERROR : result;
        }
        return SpfResult.NEUTRAL;
    }

    /** Whether a mechanism matched, or the error that ends the evaluation. */
    private record Match(boolean matched, Optional<SpfResult> error) {
        static final Match YES = new Match(true, Optional.empty());
        static final Match NO = new Match(false, Optional.empty());

        static Match of(boolean matched) {
            return matched ? YES : NO;
        }

        static Match error(SpfResult result) {
            return new Match(false, Optional.of(result));
        }
    }

    private Match match(SpfTerm.Mechanism mechanism, String target) {
        return switch (mechanism.kind()) {
            case ALL -> Match.YES;
            case IP4, IP6 -> Match.of(IpAddress.find(mechanism.argument())
                    .map(network -> inRange(network.address(), mechanism)).orElse(false));
            case A -> addressesMatch(addresses(target), mechanism);
            case MX -> mx(target, mechanism);
            case PTR -> Match.of(ptr(target));
            case EXISTS -> exists(target);
            case INCLUDE -> include(target);
        };
    }

    private boolean inRange(InetAddress network, SpfTerm.Mechanism mechanism) {
        int prefix = address.isIpv4() ? mechanism.ipv4Prefix() : mechanism.ipv6Prefix();
        return AddressRange.contains(network, prefix, address.address());
    }

    private DnsAnswer<InetAddress> addresses(String name) {
        return address.isIpv4() ? lookup.a(name) : lookup.aaaa(name);
    }

    private Match addressesMatch(DnsAnswer<InetAddress> answer, SpfTerm.Mechanism mechanism) {
        if (answer.isFailed()) {
            return Match.error(SpfResult.TEMPERROR);
        }
        if (answer.isEmpty()) {
            return isVoidLimitPassed() ? Match.error(SpfResult.PERMERROR) : Match.NO;
        }
        return Match.of(answer.records().stream().anyMatch(found -> inRange(found, mechanism)));
    }

    private boolean isVoidLimitPassed() {
        return ++voids > VOID_LIMIT;
    }

    private Match mx(String target, SpfTerm.Mechanism mechanism) {
        DnsAnswer<MailExchange> exchanges = lookup.mx(target);
        if (exchanges.isFailed()) {
            return Match.error(SpfResult.TEMPERROR);
        }
        if (exchanges.isEmpty()) {
            return isVoidLimitPassed() ? Match.error(SpfResult.PERMERROR) : Match.NO;
        }
        List<MailExchange> hosts = exchanges.records().stream().filter(exchange -> !exchange.isNullMx()).toList();
        if (hosts.size() > MX_LIMIT) {
            return Match.error(SpfResult.PERMERROR);
        }
        for (MailExchange host : hosts) {
            DnsAnswer<InetAddress> found = addresses(host.host());
            if (found.isFound() && found.records().stream().anyMatch(each -> inRange(each, mechanism))) {
                return Match.YES;
            }
        }
        return Match.NO;
    }

    // RFC 7208 5.5: only names that resolve back to the address count ("validated" names).
    private boolean ptr(String target) {
        DnsAnswer<String> names = lookup.ptr(address.address());
        return names.records().stream().limit(PTR_LIMIT).map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> name.equals(target) || name.endsWith("." + target))
                .anyMatch(name -> addresses(name).records().contains(address.address()));
    }

    private Match exists(String target) {
        DnsAnswer<InetAddress> found = lookup.a(target);
        if (found.isFailed()) {
            return Match.error(SpfResult.TEMPERROR);
        }
        if (found.isEmpty()) {
            return isVoidLimitPassed() ? Match.error(SpfResult.PERMERROR) : Match.NO;
        }
        return Match.YES;
    }

    private Match include(String target) {
        SpfResult result = checkHost(target);
        return switch (result) {
            case PASS -> Match.YES;
            case FAIL, SOFTFAIL, NEUTRAL -> Match.NO;
            case TEMPERROR -> Match.error(SpfResult.TEMPERROR);
            case PERMERROR, NONE -> Match.error(SpfResult.PERMERROR);
        };
    }
}
