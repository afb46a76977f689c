package jp.todoku.selfservice;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.todoku.dnscheck.DnsCheckSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the customer's DNS checks ask and how long they wait ({@code todoku.dns.*}).
 *
 * @param resolvers recursive resolvers as "host" or "host:port" ("[::1]:53" for IPv6); empty means the
 *                  machine's own (/etc/resolv.conf)
 * @param timeout   how long to wait for one reply; one question may take 2.5 times that (retries, other
 *                  resolvers) and one whole check 5 times (default 2 s, so 5 s and 10 s)
 * @param canary    a name every resolver that sees the internet knows; a closed network may name its own
 */
@ConfigurationProperties("todoku.dns")
public record DnsSettings(List<String> resolvers, Duration timeout, String canary) {

    public DnsSettings {
        resolvers = resolvers == null ? List.of()
                : resolvers.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        canary = canary == null || canary.isBlank() ? "com" : canary.strip();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("todoku.dns.timeout must be positive");
        }
        resolvers.forEach(DnsSettings::address); // a typo fails at start, not on a customer's check
    }

    /** The engine's settings: its defaults (blocklists, DKIM selectors) with ours. */
    DnsCheckSettings engineSettings() {
        List<InetSocketAddress> servers = new ArrayList<>();
        resolvers.forEach(text -> servers.add(address(text)));
        return DnsCheckSettings.defaults().withServers(servers)
                .withTimeouts(timeout, timeout.multipliedBy(5).dividedBy(2), timeout.multipliedBy(5))
                .withCanary(canary);
    }

    private static InetSocketAddress address(String text) {
        String host = text;
        int port = 53;
        int colon = text.lastIndexOf(':');
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("todoku.dns.resolvers: not host[:port]: " + text);
            }
            host = text.substring(1, close);
            if (close + 1 < text.length()) {
                port = port(text.substring(close + 1).replaceFirst("^:", ""), text);
            }
        } else if (colon > 0 && text.indexOf(':') == colon) {
            host = text.substring(0, colon);
            port = port(text.substring(colon + 1), text);
        }
        // Resolvers are addresses or names of this machine's network, looked up once at start.
        return new InetSocketAddress(host, port);
    }

    private static int port(String digits, String text) {
        try {
            int port = Integer.parseInt(digits);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw new IllegalArgumentException("todoku.dns.resolvers: not a port in " + text);
    }
}
