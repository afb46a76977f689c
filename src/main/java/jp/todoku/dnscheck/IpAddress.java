package jp.todoku.dnscheck;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address typed as a literal. Never resolves a name: {@link #find} refuses anything that
 * is not a literal before {@link InetAddress} can see it, because {@code getByName("host")} would query DNS.
 */
public record IpAddress(InetAddress address) {

    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    // Hex groups, colons and an optional embedded IPv4 tail; InetAddress checks the structure afterwards.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    public IpAddress {
        Objects.requireNonNull(address, "address");
    }

    public static Optional<IpAddress> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1); // as written in Received: headers
        }
        if (literal.regionMatches(true, 0, "IPv6:", 0, 5)) {
            literal = literal.substring(5);
        }
        boolean looksLikeIpv4 = IPV4.matcher(literal).matches();
        boolean looksLikeIpv6 = literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches();
        if (!looksLikeIpv4 && !looksLikeIpv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IpAddress(InetAddress.getByName(literal)));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    public boolean isIpv4() {
        return address instanceof Inet4Address;
    }

    /**
     * True for addresses that mean nothing on the public internet (loopback, private, link-local,
     * carrier-grade NAT, unique-local IPv6, multicast, unspecified): no blocklist or reverse zone on the
     * internet can say anything about them.
     */
    public boolean isPrivate() {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC; // fc00::/7 unique local
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0 || first == 100 && second >= 64 && second < 128; // 0/8, 100.64/10 (RFC 6598)
    }

    /**
     * The address as the labels of a reverse or blocklist name: "4.3.2.1" for 1.2.3.4, 32 nibbles
     * "b.a.9.8..." for IPv6 (RFC 5782 section 2.4).
     */
    public String reversed() {
        byte[] bytes = address.getAddress();
        StringBuilder out = new StringBuilder(72);
        for (int i = bytes.length - 1; i >= 0; i--) {
            int value = bytes[i] & 0xFF;
            if (isIpv4()) {
                out.append(value).append('.');
            } else {
                out.append(Character.forDigit(value & 0xF, 16)).append('.')
                        .append(Character.forDigit(value >> 4, 16)).append('.');
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The usual text form: dotted quad, or IPv6 as RFC 5952 writes it (2001:db8::1, not 2001:db8:0:0:0:0:0:1). */
    public String text() {
        if (isIpv4()) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF;
        }
        int bestStart = -1;
        int bestLength = 1; // a single zero group is not shortened (RFC 5952 4.2.2)
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
