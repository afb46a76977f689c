package jp.todoku.dnscheck;

import java.util.Locale;

/** What a result is about. Each has a title and a plain explanation under {@code dnscheck.check.<code>.*}. */
public enum CheckId {
    /** The input itself (a domain, an address or a selector that cannot be read). */
    INPUT,
    /** The resolver Todoku asks can see the internet at all (a closed network's resolver may not). */
    RESOLVER,
    /** The recipient domain exists and says where its mail goes (MX, the A fallback, or a null MX). */
    MX,
    /** The hosts named by MX records have addresses. */
    MX_HOSTS,
    /** The sender domain exists and can receive replies and bounces; receivers reject mail from domains that cannot. */
    SENDER_DOMAIN,
    SPF_RECORD,
    /** RFC 7208 section 4.6.4: at most 10 DNS-querying terms, at most 2 void lookups. */
    SPF_LOOKUPS,
    /** The closing "all" term: what receivers should do with mail from servers the record does not list. */
    SPF_ALL,
    /** Whether one given sending address is permitted by the domain's SPF record. */
    SPF_SENDER,
    DKIM,
    DMARC,
    DMARC_REPORTS,
    PTR,
    /** Forward-confirmed reverse DNS: the PTR name resolves back to the same address. */
    FCRDNS,
    DNSBL;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String titleKey() {
        return "dnscheck.check." + code() + ".title";
    }

    public String aboutKey() {
        return "dnscheck.check." + code() + ".about";
    }
}
