/** The DNS check engine: MX, SPF, DKIM, DMARC, PTR and DNSBL checks behind a DnsLookup port, in plain Java. */
package jp.todoku.dnscheck;
