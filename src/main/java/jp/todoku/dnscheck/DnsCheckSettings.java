package jp.todoku.dnscheck;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How DNS checks run.
 *
 * @param servers       resolvers to ask (host and port); empty means the machine's own (/etc/resolv.conf)
 * @param queryTimeout  how long to wait for one reply from one server before trying again or the next
 * @param lookupBudget  the most one question may take, retries and servers included
 * @param checkBudget   the most one front-door call may take; checks still running then report UNKNOWN
 * @param blocklists    DNSBL zones asked about a sending address
 * @param dkimSelectors selectors tried when the customer does not know theirs
 * @param canary        a name every resolver that sees the internet knows (a top-level domain); when the
 *                      resolver says it does not exist, no "does not exist" or "not listed" can be believed
 */
public record DnsCheckSettings(List<InetSocketAddress> servers, Duration queryTimeout, Duration lookupBudget,
        Duration checkBudget, List<String> blocklists, List<String> dkimSelectors, String canary) {

    /** Spamhaus (policy: free for low volume, not through public resolvers), SpamCop, Barracuda. */
    public static final List<String> DEFAULT_BLOCKLISTS = List.of("zen.spamhaus.org", "bl.spamcop.net",
            "b.barracudacentral.org");
    /** Selectors of the usual hosting panels and mail services (Microsoft 365, Google Workspace, SendGrid, Mailchimp ...). */
    public static final List<String> DEFAULT_SELECTORS = List.of("default", "selector1", "selector2", "google",
            "k1", "k2", "s1", "s2", "dkim", "mail", "smtp", "key1");

    public DnsCheckSettings {
        servers = List.copyOf(servers);
        requirePositive(queryTimeout, "queryTimeout");
        requirePositive(lookupBudget, "lookupBudget");
        requirePositive(checkBudget, "checkBudget");
        blocklists = List.copyOf(blocklists);
        dkimSelectors = List.copyOf(dkimSelectors);
        if (canary == null || !canary.matches("[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63})*")) {
            throw new IllegalArgumentException("not a canary name: " + canary);
        }
        for (String zone : blocklists) {
            if (DomainName.find(zone).filter(name -> name.ascii().equals(zone)).isEmpty()) {
                throw new IllegalArgumentException("not a blocklist zone: " + zone);
            }
        }
        for (String selector : dkimSelectors) {
            if (!DkimCheck.isSelector(selector)) {
                throw new IllegalArgumentException("not a DKIM selector: " + selector);
            }
        }
    }

    /** The machine's resolvers, 2 s per reply, 5 s per question, 10 s per call, the default lists, "com". */
    public static DnsCheckSettings defaults() {
        return new DnsCheckSettings(List.of(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                DEFAULT_BLOCKLISTS, DEFAULT_SELECTORS, "com");
    }

    public DnsCheckSettings withServers(List<InetSocketAddress> others) {
        return new DnsCheckSettings(others, queryTimeout, lookupBudget, checkBudget, blocklists, dkimSelectors, canary);
    }

    public DnsCheckSettings withTimeouts(Duration query, Duration lookup, Duration check) {
        return new DnsCheckSettings(servers, query, lookup, check, blocklists, dkimSelectors, canary);
    }

    public DnsCheckSettings withBlocklists(List<String> zones) {
        return new DnsCheckSettings(servers, queryTimeout, lookupBudget, checkBudget, zones, dkimSelectors, canary);
    }

    public DnsCheckSettings withDkimSelectors(List<String> selectors) {
        return new DnsCheckSettings(servers, queryTimeout, lookupBudget, checkBudget, blocklists, selectors, canary);
    }

    public DnsCheckSettings withCanary(String name) {
        return new DnsCheckSettings(servers, queryTimeout, lookupBudget, checkBudget, blocklists, dkimSelectors, name);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
