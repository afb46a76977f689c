package jp.todoku.dnscheck;

/** The four kinds of answer a DNS question can have, as far as a check is concerned. */
public enum DnsStatus {
    FOUND,
    /** The name exists but has no record of the asked type (NOERROR with an empty answer, "NODATA"). */
    NO_RECORDS,
    /** The name does not exist (NXDOMAIN). */
    NO_SUCH_DOMAIN,
    /** No usable answer: timeout, SERVFAIL, REFUSED, a network error or a malformed reply. */
    FAILED
}
