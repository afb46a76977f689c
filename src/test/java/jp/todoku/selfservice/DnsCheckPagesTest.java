package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.dnscheck.dnsjava.TestDnsServer;
import jp.todoku.testing.Page;
import jp.todoku.testing.TestDns;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** The DNS check page over real HTTP, against the real UDP test DNS server of {@link TestDns}. */
@TodokuWebTest
class DnsCheckPagesTest {

    private static final Pattern BADGE = Pattern.compile("<span class=\"badge badge--(\\w+)\">([^<]*)</span>");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    RateLimiter limiter;

    @Autowired
    RateLimitSettings settings;

    @Autowired
    TestDnsServer dns;

    @BeforeEach
    @AfterEach
    void freshBuckets() {
        limiter.reset();
    }

    @Test
    void theFormStandsOnItsOwnAndIsLinkedFromTheHomePage() {
        Visitor visitor = Visitor.at(port);

        Page page = visitor.get("/dns");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"dns-form\"").contains("name=\"domain\"").doesNotContain("id=\"dns-report\"");
        assertThat(visitor.get("/").body()).contains("href=\"/dns\"");
    }

    @Test
    void aRecipientDomainWithMxPasses() {
        Page page = Visitor.at(port).get("/dns?kind=recipient&domain=" + TestDns.MAIL_DOMAIN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(text("selfservice.dns.summary.pass", Locale.JAPANESE, TestDns.MAIL_DOMAIN))
                .contains(text("dnscheck.finding.mx-found", Locale.JAPANESE, TestDns.MAIL_DOMAIN, "mx1." + TestDns.MAIL_DOMAIN))
                .contains("10 mx1." + TestDns.MAIL_DOMAIN);
        assertThat(badges(page)).contains("pass=" + text("dnscheck.outcome.pass", Locale.JAPANESE))
                .noneMatch(badge -> badge.startsWith("fail"));
    }

    @Test
    void aDomainThatDoesNotExistFailsAndSaysWhatToCheck() {
        Page page = Visitor.at(port).speaking("en").get("/dns?domain=" + TestDns.MISSING_DOMAIN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(text("selfservice.dns.summary.fail", Locale.ENGLISH, TestDns.MISSING_DOMAIN))
                .contains(text("dnscheck.finding.domain-not-found", Locale.ENGLISH, TestDns.MISSING_DOMAIN))
                .contains(text("dnscheck.check.mx.title", Locale.ENGLISH));
        assertThat(badges(page)).contains("fail=" + text("dnscheck.outcome.fail", Locale.ENGLISH));
    }

    @Test
    void aSenderDomainShowsSpfDkimAndDmarc() {
        Page page = Visitor.at(port).get("/dns?kind=sender&domain=hanako@" + TestDns.SENDER_DOMAIN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(text("dnscheck.report.sender", Locale.JAPANESE))
                .contains(text("dnscheck.finding.spf-valid", Locale.JAPANESE, TestDns.SENDER_DOMAIN))
                .contains(text("dnscheck.finding.spf-all-fail", Locale.JAPANESE))
                .contains(text("dnscheck.finding.dmarc-enforced", Locale.JAPANESE, "reject", "100"))
                .contains(text("dnscheck.check.dkim.title", Locale.JAPANESE))
                .contains("v=spf1 ip4:192.0.2.0/24 -all");
        assertThat(page.body()).contains("value=\"sender\" id=\"kind-sender\" checked");
    }

    @Test
    void anInvalidDomainIsRefusedPolitelyAndTheTypedValueKept() {
        String typed = "not a domain<b>";
        Page page = Visitor.at(port).speaking("en").get("/dns?kind=recipient&domain=" + encode(typed));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body())
                .contains(text("selfservice.dns.problem.domain", Locale.ENGLISH, typed))
                .contains("value=\"not a domain&lt;b&gt;\"")
                .doesNotContain("<b>")
                .doesNotContain("id=\"dns-report\"");

        Page empty = Visitor.at(port).get("/dns?domain=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains(text("selfservice.dns.problem.empty", Locale.JAPANESE));
    }

    @Test
    void recordsWithMarkupAreShownAsText() {
        Page page = Visitor.at(port).get("/dns?kind=sender&domain=" + TestDns.MARKUP_DOMAIN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(text("dnscheck.finding.spf-missing", Locale.JAPANESE, TestDns.MARKUP_DOMAIN))
                .contains(HtmlUtils.htmlEscape(TestDns.MARKUP_RECORD))
                .doesNotContain("<script>alert")
                .doesNotContain("<b>bold");
    }

    @Test
    void theResultPagesButtonPostsOnlyTheDomainWithItsToken() {
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/diagnose"); // the /dns form itself is a GET form, without a token

        assertThat(visitor.post("/dns", Map.of("kind", "recipient", "domain", TestDns.MAIL_DOMAIN)).status())
                .as("without the CSRF token").isEqualTo(403);
        Page page = visitor.submit(form, "/dns", Map.of("kind", "recipient", "domain", TestDns.MAIL_DOMAIN));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(text("selfservice.dns.summary.pass", Locale.JAPANESE, TestDns.MAIL_DOMAIN));
    }

    @Test
    void aResolverThatCannotSeeTheInternetIsSaidSoNotBlamedOnTheDomain() {
        dns.forget("com");
        try {
            Page page = Visitor.at(port).get("/dns?domain=" + TestDns.MAIL_DOMAIN);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .contains(text("selfservice.dns.blind", Locale.JAPANESE))
                    .contains(text("dnscheck.finding.resolver-blind", Locale.JAPANESE, "com"))
                    .doesNotContain(text("dnscheck.finding.mx-found", Locale.JAPANESE, TestDns.MAIL_DOMAIN,
                            "mx1." + TestDns.MAIL_DOMAIN));
            assertThat(badges(page)).noneMatch(badge -> badge.startsWith("fail") || badge.startsWith("pass"));
        } finally {
            dns.empty("com");
        }
    }

    @Test
    void tooManyChecksFromOneAddressGetAPolite429() {
        Visitor visitor = Visitor.at(port);
        Page page = null;
        for (int count = 0; count <= settings.dnsChecksPerMinute() * 2; count++) {
            page = visitor.get("/dns?domain=" + TestDns.MAIL_DOMAIN);
            if (page.status() == 429) {
                break;
            }
        }
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).hasValue("60");
        assertThat(page.body()).contains(HtmlUtils.htmlEscape(text("selfservice.rate-limit.dns", Locale.JAPANESE)));
        // Refused input costs nothing, so a typo is still answered while the bucket is empty.
        assertThat(visitor.get("/dns?domain=oops").status()).isEqualTo(400);
    }

    @Test
    void theResultPageOffersTheChecksThatCanExplainTheFailure() {
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/diagnose");

        Page hostUnknown = visitor.submit(form, "/diagnose", Map.of("text", Fixtures.text(Fixtures.HOST_UNKNOWN)));
        assertThat(hostUnknown.status()).isEqualTo(200);
        assertThat(hostUnknown.body())
                .contains(HtmlUtils.htmlEscape(text("selfservice.result.dns.recipient", Locale.JAPANESE, TestDns.MISSING_DOMAIN)))
                .contains("<input type=\"hidden\" name=\"domain\" value=\"" + TestDns.MISSING_DOMAIN + "\">")
                .doesNotContain("id=\"dns-sender-1\"");

        Page authFailure = visitor.submit(form, "/diagnose", Map.of("text", Fixtures.text(Fixtures.AUTH_FAILURE)));
        assertThat(authFailure.status()).isEqualTo(200);
        assertThat(authFailure.body())
                .contains(HtmlUtils.htmlEscape(text("selfservice.result.dns.sender", Locale.JAPANESE, TestDns.SENDER_DOMAIN)))
                .contains("<input type=\"hidden\" name=\"domain\" value=\"" + TestDns.SENDER_DOMAIN + "\">");
    }

    @Test
    void aSendingServerQuotedInABlocklistRefusalCanBeChecked() {
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/diagnose");

        Page blocked = visitor.submit(form, "/diagnose", Map.of("text", Fixtures.text(Fixtures.BLOCKED)));
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.body())
                .contains(HtmlUtils.htmlEscape(text("selfservice.result.dns.server", Locale.JAPANESE, TestDns.SERVER_ADDRESS)))
                .contains("<input type=\"hidden\" name=\"address\" value=\"" + TestDns.SERVER_ADDRESS + "\">")
                .doesNotContain("value=\"198.51.100.25\"");

        Page page = visitor.submit(form, "/dns", Map.of("kind", "server", "address", TestDns.SERVER_ADDRESS));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(text("dnscheck.report.server", Locale.JAPANESE))
                .contains(text("dnscheck.finding.ptr-found", Locale.JAPANESE, TestDns.SERVER_ADDRESS, TestDns.SERVER_NAME))
                .contains(text("dnscheck.check.dnsbl.title", Locale.JAPANESE));

        Page invalid = visitor.speaking("en").get("/dns?kind=server&address=192.0.2.300");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains(text("selfservice.dns.problem.address", Locale.ENGLISH, "192.0.2.300"))
                .contains("value=\"192.0.2.300\"");
    }

    private String text(String key, Locale locale, Object... arguments) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, arguments, locale));
    }

    private static java.util.List<String> badges(Page page) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher matcher = BADGE.matcher(page.body());
        while (matcher.find()) {
            found.add(matcher.group(1) + "=" + matcher.group(2));
        }
        return found;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
