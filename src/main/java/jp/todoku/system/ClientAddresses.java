package jp.todoku.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from, for rate limits, the sign-in throttle and logs: every feature asks here
 * rather than reading the request itself, so that proxy handling (which forwarded headers to believe, and
 * from whom) lives in one place.
 *
 * <p>By default the peer of the connection: a forged {@code X-Forwarded-For} changes nothing. Behind
 * a reverse proxy every customer would then arrive from the proxy's address and share one bucket, so
 * the operator names the proxies ({@code TODOKU_TRUSTED_PROXIES}, addresses or CIDR ranges). Only
 * when the peer is one of them is {@code X-Forwarded-For} read, from the right: the first address
 * that is not a trusted proxy is the client (entries further left were written by the client itself
 * and prove nothing).
 */
@Component
public class ClientAddresses {

    private static final int MAXIMUM_HOPS = 20;
    private final List<Range> trusted;

    /** No trusted proxies: the connection's peer is the client. */
    public ClientAddresses() {
        this.trusted = List.of();
    }

    @Autowired
    public ClientAddresses(@Value("${todoku.trusted-proxies:}") String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "todoku.trusted-proxies: not an IP address or CIDR range: " + entry.strip())));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /** The client's address: the peer, or behind a trusted proxy the address the proxy reports. */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = new ArrayList<>();
        for (var headers = request.getHeaders("X-Forwarded-For"); headers != null && headers.hasMoreElements(); ) {
            forwarded.addAll(Arrays.asList(headers.nextElement().split(",")));
        }
        for (int i = forwarded.size() - 1; i >= 0 && i >= forwarded.size() - MAXIMUM_HOPS; i--) {
            String hop = forwarded.get(i).strip();
            Optional<InetAddress> address = literal(hop);
            if (address.isEmpty()) {
                return peer;   // a broken header from the proxy: keep to what the connection says
            }
            if (!isTrusted(address.get())) {
                return address.get().getHostAddress();
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        return literal(address).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An IP literal, never a name: nothing here may ask DNS. */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 || !text.chars().allMatch(c ->
                Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0 && text.chars().filter(c -> c == '.').count() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** One trusted address or CIDR range. */
    record Range(byte[] network, int prefix) {
        static Optional<Range> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(bytes, prefix));
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
