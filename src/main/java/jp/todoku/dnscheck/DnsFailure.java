package jp.todoku.dnscheck;

/** Why a DNS question got no usable answer; each has its own message, because the remedies differ. */
public enum DnsFailure {
    /** No reply within the time allowed. */
    TIMEOUT,
    /** The server answered SERVFAIL: often a broken or DNSSEC-invalid zone at the other end. */
    SERVER_FAILURE,
    /** The server refused to answer (REFUSED), e.g. a resolver that does not serve us. */
    REFUSED,
    /** The network or the reply itself was unusable (unreachable port, malformed message, other rcode). */
    NETWORK;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
