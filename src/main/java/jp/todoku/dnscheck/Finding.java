package jp.todoku.dnscheck;

import java.util.Locale;

/**
 * Every statement the engine can make, with its outcome. The text lives in messages/dnscheck*.properties
 * under {@link #key()}; arguments are described beside each constant ({0}, {1} ...).
 */
public enum Finding {
    // Input and lookups; these belong to whichever check they stopped.
    INPUT_DOMAIN_INVALID(Outcome.UNKNOWN),       // {0} the text as typed (shortened)
    INPUT_ADDRESS_INVALID(Outcome.UNKNOWN),      // {0} the text as typed (shortened)
    INPUT_SELECTOR_INVALID(Outcome.UNKNOWN),     // {0} the text as typed (shortened)
    LOOKUP_TIMEOUT(Outcome.UNKNOWN),             // {0} the name asked
    LOOKUP_SERVER_FAILURE(Outcome.UNKNOWN),      // {0} the name asked
    LOOKUP_REFUSED(Outcome.UNKNOWN),             // {0} the name asked
    LOOKUP_NETWORK(Outcome.UNKNOWN),             // {0} the name asked
    CHECK_OVERTIME(Outcome.UNKNOWN),             // {0} seconds allowed
    RESOLVER_BLIND(Outcome.UNKNOWN),             // {0} the canary name the resolver said does not exist
    CHECK_FAILED(Outcome.UNKNOWN),               // (an unexpected error inside the engine; logged nowhere, no detail)

    MX_FOUND(Outcome.PASS),                      // {0} domain, {1} hosts by preference
    MX_NULL(Outcome.FAIL),                       // {0} domain
    MX_ADDRESS_FALLBACK(Outcome.WARN),           // {0} domain, {1} addresses
    MX_NONE(Outcome.FAIL),                       // {0} domain
    DOMAIN_NOT_FOUND(Outcome.FAIL),              // {0} domain
    MX_HOSTS_RESOLVE(Outcome.PASS),              // {0} number of hosts
    MX_HOSTS_SOME_UNRESOLVED(Outcome.WARN),      // {0} hosts without an address
    MX_HOSTS_UNRESOLVED(Outcome.FAIL),           // {0} hosts without an address

    SENDER_DOMAIN_RECEIVES(Outcome.PASS),        // {0} domain
    SENDER_DOMAIN_NOT_FOUND(Outcome.FAIL),       // {0} domain
    SENDER_DOMAIN_NO_MAIL(Outcome.FAIL),         // {0} domain
    SENDER_DOMAIN_NULL_MX(Outcome.WARN),         // {0} domain

    SPF_VALID(Outcome.PASS),                     // {0} domain
    SPF_MISSING(Outcome.FAIL),                   // {0} domain
    SPF_MULTIPLE(Outcome.FAIL),                  // {0} domain, {1} number of records
    SPF_SYNTAX(Outcome.FAIL),                    // {0} domain, {1} the terms that cannot be read
    SPF_PTR_MECHANISM(Outcome.WARN),             // {0} domain (RFC 7208 5.5: ptr is slow and unreliable; some receivers skip it)
    SPF_LOOKUPS_OK(Outcome.PASS),                // {0} count, {1} limit
    SPF_LOOKUPS_TOO_MANY(Outcome.FAIL),          // {0} count, {1} limit
    SPF_INCLUDE_LOOP(Outcome.FAIL),              // {0} the domain included again
    SPF_INCLUDE_MISSING(Outcome.FAIL),           // {0} the included or redirected domain without SPF
    SPF_INCLUDE_BROKEN(Outcome.FAIL),            // {0} the included domain whose record is broken (syntax, several records)
    SPF_INCLUDE_UNKNOWN(Outcome.UNKNOWN),        // {0} the included domain whose lookup failed
    SPF_ALL_FAIL(Outcome.PASS),                  // -all
    SPF_ALL_SOFTFAIL(Outcome.PASS),              // ~all
    SPF_ALL_NEUTRAL(Outcome.WARN),               // ?all
    SPF_ALL_PASS(Outcome.FAIL),                  // +all: anyone may send as this domain
    SPF_ALL_MISSING(Outcome.WARN),               // no all and no redirect
    SPF_SENDER_PASS(Outcome.PASS),               // {0} address, {1} domain
    SPF_SENDER_FAIL(Outcome.FAIL),               // {0} address, {1} domain
    SPF_SENDER_SOFTFAIL(Outcome.WARN),           // {0} address, {1} domain
    SPF_SENDER_NEUTRAL(Outcome.WARN),            // {0} address, {1} domain
    SPF_SENDER_NONE(Outcome.FAIL),               // {0} address, {1} domain
    SPF_SENDER_PERMERROR(Outcome.FAIL),          // {0} address, {1} domain
    SPF_SENDER_TEMPERROR(Outcome.UNKNOWN),       // {0} address, {1} domain

    DKIM_KEY_FOUND(Outcome.PASS),                // {0} selector, {1} key type, {2} bits (0 when not measured)
    DKIM_KEY_WEAK(Outcome.WARN),                 // {0} selector, {1} bits
    DKIM_KEY_TOO_SHORT(Outcome.FAIL),            // {0} selector, {1} bits
    DKIM_KEY_REVOKED(Outcome.FAIL),              // {0} selector
    DKIM_KEY_INVALID(Outcome.FAIL),              // {0} selector
    DKIM_SELECTOR_NOT_FOUND(Outcome.FAIL),       // {0} selector, {1} the name asked
    DKIM_COMMON_NOT_FOUND(Outcome.UNKNOWN),      // {0} the selectors tried

    DMARC_ENFORCED(Outcome.PASS),                // {0} policy, {1} percent
    DMARC_PARTIAL(Outcome.WARN),                 // {0} policy, {1} percent
    DMARC_MONITOR_ONLY(Outcome.WARN),            // p=none
    DMARC_MISSING(Outcome.WARN),                 // {0} the name asked
    DMARC_MULTIPLE(Outcome.FAIL),                // {0} number of records
    DMARC_INVALID(Outcome.FAIL),                 // {0} what is wrong (a tag name)
    DMARC_FROM_PARENT(Outcome.PASS),             // {0} the domain whose record applies, {1} the name asked first
    DMARC_REPORTS_SENT(Outcome.PASS),            // {0} report addresses
    DMARC_REPORTS_NONE(Outcome.WARN),

    PTR_FOUND(Outcome.PASS),                     // {0} address, {1} names
    PTR_MISSING(Outcome.FAIL),                   // {0} address
    PTR_GENERIC(Outcome.WARN),                   // {0} address, {1} name
    FCRDNS_MATCH(Outcome.PASS),                  // {0} name, {1} address
    FCRDNS_MISMATCH(Outcome.FAIL),               // {0} names, {1} address

    DNSBL_NOT_LISTED(Outcome.PASS),              // {0} list, {1} address
    DNSBL_LISTED(Outcome.FAIL),                  // {0} list, {1} address, {2} return codes, {3} reason text or ""
    DNSBL_REFUSED(Outcome.UNKNOWN),              // {0} list, {1} return code
    DNSBL_ODD_ANSWER(Outcome.UNKNOWN),           // {0} list, {1} answer
    DNSBL_NOT_WORKING(Outcome.UNKNOWN),          // {0} list (its RFC 5782 test entry 127.0.0.2 is not listed)
    DNSBL_LISTS_EVERYTHING(Outcome.UNKNOWN),     // {0} list (it lists 127.0.0.1 too, so its answers mean nothing)
    DNSBL_PRIVATE_ADDRESS(Outcome.UNKNOWN);      // {0} address

    private final Outcome outcome;

    Finding(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String key() {
        return "dnscheck.finding." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The finding for a lookup that got no usable answer. */
    public static Finding of(DnsFailure failure) {
        return switch (failure) {
            case TIMEOUT -> LOOKUP_TIMEOUT;
            case SERVER_FAILURE -> LOOKUP_SERVER_FAILURE;
            case REFUSED -> LOOKUP_REFUSED;
            case NETWORK -> LOOKUP_NETWORK;
        };
    }
}
