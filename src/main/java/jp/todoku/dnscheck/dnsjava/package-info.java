/** The DnsLookup adapter built on dnsjava; the only package that may import org.xbill.DNS. */
package jp.todoku.dnscheck.dnsjava;
