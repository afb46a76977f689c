package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.todoku.dnscheck.dnsjava.DnsjavaLookup;
import jp.todoku.dnscheck.dnsjava.TestDnsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** check_host() and the record audit against zones served by a real DNS server on 127.0.0.1. */
class SpfEvaluatorTest {

    private static TestDnsServer server;
    private static DnsLookup lookup;

    @BeforeAll
    static void start() {
        server = TestDnsServer.start()
                .txt("pass.test", "v=spf1 ip4:192.0.2.0/24 -all")
                .txt("ipv6.test", "v=spf1 ip6:2001:db8::/32 -all")
                .txt("include.test", "v=spf1 include:_spf.provider.test -all")
                .txt("_spf.provider.test", "v=spf1 ip4:198.51.100.0/24 ~all")
                .txt("a.test", "v=spf1 a -all").a("a.test", "192.0.2.20")
                .txt("mx.test", "v=spf1 mx/24 -all").mx("mx.test", 10, "mail.mx.test").a("mail.mx.test", "203.0.113.5")
                .txt("redirect.test", "v=spf1 redirect=pass.test")
                .txt("loop1.test", "v=spf1 include:loop2.test -all").txt("loop2.test", "v=spf1 include:loop1.test -all")
                .txt("void.test", "v=spf1 a:nx1.test a:nx2.test a:nx3.test -all")
                .txt("exists.test", "v=spf1 exists:%{i}.allow.test -all").a("192.0.2.5.allow.test", "127.0.0.2")
                .txt("ptr.test", "v=spf1 ptr:ptr.test -all").ptr("192.0.2.77", "host.ptr.test").a("host.ptr.test", "192.0.2.77")
                .txt("temp.test", "v=spf1 include:broken.test -all").serverFailure("broken.test")
                .empty("none.test")
                .txt("multiple.test", "v=spf1 -all").txt("multiple.test", "v=spf1 ~all")
                .txt("nospf-include.test", "v=spf1 include:none.test -all")
                .txt("softfail.test", "v=spf1 ~all").txt("neutral.test", "v=spf1 ?all").txt("open.test", "v=spf1 +all")
                .txt("syntax.test", "v=spf1 ip4:192.0.2.999 -all")
                .txt("noall.test", "v=spf1 ip4:192.0.2.1")
                .txt("toomany.test", "v=spf1 include:i1.test include:i2.test include:i3.test include:i4.test "
                        + "include:i5.test include:i6.test a:i7.test mx:i8.test exists:nx9.test include:i10.test "
                        + "include:i11.test ip4:192.0.2.0/24 -all");
        for (int i = 1; i <= 11; i++) {
            server.txt("i" + i + ".test", "v=spf1 ip4:203.0.113." + i + " -all").a("i" + i + ".test", "203.0.113." + i)
                    .mx("i" + i + ".test", 10, "i" + i + ".test");
        }
        lookup = DnsjavaLookup.using(DnsCheckSettings.defaults().withServers(List.of(server.address()))
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "pass.test, 192.0.2.1, PASS",
        "pass.test, 203.0.113.1, FAIL",
        "ipv6.test, 2001:db8::1, PASS",
        "ipv6.test, 192.0.2.1, FAIL",
        "include.test, 198.51.100.7, PASS",
        "include.test, 203.0.113.1, FAIL",
        "a.test, 192.0.2.20, PASS",
        "a.test, 192.0.2.21, FAIL",
        "mx.test, 203.0.113.200, PASS",
        "mx.test, 203.0.114.1, FAIL",
        "redirect.test, 192.0.2.9, PASS",
        "redirect.test, 198.51.100.1, FAIL",
        "loop1.test, 192.0.2.1, PERMERROR",
        "void.test, 192.0.2.1, PERMERROR",
        "exists.test, 192.0.2.5, PASS",
        "exists.test, 192.0.2.6, FAIL",
        "ptr.test, 192.0.2.77, PASS",
        "ptr.test, 192.0.2.78, FAIL",
        "temp.test, 192.0.2.1, TEMPERROR",
        "none.test, 192.0.2.1, NONE",
        "nowhere.test, 192.0.2.1, NONE",
        "multiple.test, 192.0.2.1, PERMERROR",
        "nospf-include.test, 192.0.2.1, PERMERROR",
        "softfail.test, 192.0.2.1, SOFTFAIL",
        "neutral.test, 192.0.2.1, NEUTRAL",
        "open.test, 192.0.2.1, PASS",
        "syntax.test, 192.0.2.1, PERMERROR",
        "noall.test, 192.0.2.2, NEUTRAL",
        "toomany.test, 192.0.2.1, PERMERROR",
        "toomany.test, 203.0.113.3, PASS",
    })
    void evaluatesLikeAReceiver(String domain, String address, SpfResult expected) {
        SpfEvaluator evaluator = new SpfEvaluator(lookup, new SpfRecords(lookup), IpAddress.find(address).orElseThrow());

        assertThat(evaluator.evaluate(domain)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} lookups")
    @CsvSource({"pass.test, 0", "include.test, 1", "a.test, 1", "redirect.test, 1", "toomany.test, 11", "void.test, 3"})
    void countsEveryDnsQueryingTerm(String domain, int expected) {
        assertThat(audit(domain).lookups()).isEqualTo(expected);
    }

    @Test
    void findsIncludeLoopsMissingAndBrokenIncludes() {
        assertThat(audit("loop1.test").loops()).containsExactly("loop1.test");
        assertThat(audit("nospf-include.test").missing()).containsExactly("none.test");
        assertThat(audit("temp.test").unknown()).containsExactly("broken.test");
    }

    @Test
    void takesTheAllOfTheRedirectTarget() {
        assertThat(audit("redirect.test").all()).contains(SpfTerm.Qualifier.FAIL);
        assertThat(audit("noall.test").all()).isEmpty();
        assertThat(audit("open.test").all()).contains(SpfTerm.Qualifier.PASS);
    }

    @Test
    void asksForEachRecordOnceAcrossAuditAndEvaluation() {
        SpfRecords records = new SpfRecords(lookup);
        server.clearQuestions();

        new SpfAudit(records).audit("include.test", records.fetch("include.test").single().orElseThrow());
        new SpfEvaluator(lookup, records, IpAddress.find("198.51.100.7").orElseThrow()).evaluate("include.test");

        assertThat(server.questions()).containsExactly("include.test TXT", "_spf.provider.test TXT");
    }

    private static SpfAudit.Findings audit(String domain) {
        SpfRecords records = new SpfRecords(lookup);
        return new SpfAudit(records).audit(domain, records.fetch(domain).single().orElseThrow());
    }

    @Test
    void evaluatesWithoutAnyRecordWhenTheDomainIsInvalid() {
        SpfEvaluator evaluator = new SpfEvaluator(lookup, new SpfRecords(lookup), IpAddress.find("192.0.2.1").orElseThrow());

        assertThat(evaluator.evaluate("not a domain")).isEqualTo(SpfResult.NONE);
    }
}
