package jp.todoku.testing;

import jp.todoku.dnscheck.dnsjava.TestDnsServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The web tests' DNS: a real UDP server on 127.0.0.1 with the zones below, and todoku.dns.resolvers
 * pointing at it, so the DNS check pages never ask the internet (this machine's resolver answers "no such
 * domain" for everything). Tests may add names; the ones here are what the pages' tests rely on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDns {

    /** Receives mail: MX to a host with an address. */
    public static final String MAIL_DOMAIN = "mail.todoku-test.jp";
    /** Does not exist at all. */
    public static final String MISSING_DOMAIN = "no-such-domain.todoku-test.jp";
    /** Sends mail with SPF (-all), DMARC p=reject with reports, no DKIM under the usual selectors. */
    public static final String SENDER_DOMAIN = "sender.todoku-test.jp";
    /** Publishes TXT records with markup and no SPF, to check that records are shown as text. */
    public static final String MARKUP_DOMAIN = "markup.todoku-test.jp";
    public static final String MARKUP_RECORD = "<script>alert('dns')</script><b>bold</b>";
    /** A sending server with reverse DNS that resolves back to it. */
    public static final String SERVER_ADDRESS = "192.0.2.10";
    public static final String SERVER_NAME = "smtp.todoku-test.jp";

    @Bean(destroyMethod = "close")
    TestDnsServer testDnsServer() {
        return TestDnsServer.start()
                .empty("com") // the canary (todoku.dns.canary): this resolver "sees the internet"
                .mx(MAIL_DOMAIN, 10, "mx1." + MAIL_DOMAIN).a("mx1." + MAIL_DOMAIN, "192.0.2.25")
                .mx(SENDER_DOMAIN, 10, "mx1." + MAIL_DOMAIN)
                .txt(SENDER_DOMAIN, "v=spf1 ip4:192.0.2.0/24 -all")
                .txt("_dmarc." + SENDER_DOMAIN, "v=DMARC1; p=reject; rua=mailto:dmarc@" + SENDER_DOMAIN)
                .mx(MARKUP_DOMAIN, 10, "mx1." + MAIL_DOMAIN)
                .txt(MARKUP_DOMAIN, MARKUP_RECORD)
                .ptr(SERVER_ADDRESS, SERVER_NAME).a(SERVER_NAME, SERVER_ADDRESS);
    }

    @Bean
    DynamicPropertyRegistrar testDnsResolver(TestDnsServer server) {
        return registry -> registry.add("todoku.dns.resolvers", () -> "127.0.0.1:" + server.address().getPort());
    }
}
