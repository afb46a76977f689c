package jp.todoku.dnscheck;

import java.net.InetAddress;

/** Prefix matching of addresses, as SPF's ip4, ip6, a/24 and mx//64 need it. */
final class AddressRange {

    private AddressRange() {
    }

    /** True when {@code address} lies in {@code network}/{@code prefix}; addresses of the other family never do. */
    static boolean contains(InetAddress network, int prefix, InetAddress address) {
        byte[] left = network.getAddress();
        byte[] right = address.getAddress();
        if (left.length != right.length || prefix > left.length * 8) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (left[i] != right[i]) {
                return false;
            }
        }
        int bits = prefix % 8;
        if (bits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - bits)) & 0xFF;
        return (left[whole] & mask) == (right[whole] & mask);
    }
}
