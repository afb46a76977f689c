package jp.todoku.dnscheck;

import java.net.InetAddress;

/**
 * The port through which every check asks DNS. Names are absolute ASCII names without the trailing dot
 * ({@link DomainName#ascii()}). An implementation never throws: a timeout or a server failure comes back
 * as {@link DnsAnswer#failed(DnsFailure)}, so one broken lookup cannot break a whole report.
 */
public interface DnsLookup {

    DnsAnswer<MailExchange> mx(String name);

    /** IPv4 addresses (A records). */
    DnsAnswer<InetAddress> a(String name);

    /** IPv6 addresses (AAAA records). */
    DnsAnswer<InetAddress> aaaa(String name);

    /** TXT records, each one's character-strings joined without separator (RFC 7208 3.3). */
    DnsAnswer<String> txt(String name);

    /** PTR records of an address's reverse name (in-addr.arpa or ip6.arpa), as host names. */
    DnsAnswer<String> ptr(InetAddress address);
}
