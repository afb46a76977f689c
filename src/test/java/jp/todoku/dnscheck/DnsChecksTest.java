package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.todoku.dnscheck.dnsjava.TestDnsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The front door end to end: dnsjava against a real DNS server on 127.0.0.1, never the internet. */
class DnsChecksTest {

    private static TestDnsServer server;
    private static DnsChecks checks;

    @BeforeAll
    static void start() throws NoSuchAlgorithmException {
        server = TestDnsServer.start()
                .empty("test") // the canary: this resolver sees the (test) internet
                // recipients
                .mx("ok.test", 10, "mx1.ok.test").mx("ok.test", 20, "mx2.ok.test")
                .a("mx1.ok.test", "192.0.2.11").aaaa("mx2.ok.test", "2001:db8::12")
                .mx("nullmx.test", 0, ".")
                .a("fallback.test", "192.0.2.30")
                .empty("nomail.test")
                .mx("halfbroken.test", 10, "mx1.ok.test").mx("halfbroken.test", 20, "gone.halfbroken.test")
                .mx("allbroken.test", 10, "gone.allbroken.test")
                .silent("slow.test")
                .mx("xn--r8jz45g.xn--zckzah", 10, "mx1.ok.test")
                // senders
                .mx("sender.test", 10, "mx1.ok.test")
                .txt("sender.test", "v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all")
                .txt("_spf.provider.test", "v=spf1 ip4:198.51.100.0/24 -all")
                .txt("_dmarc.sender.test", "v=DMARC1; p=reject; rua=mailto:dmarc@sender.test")
                .txt("sel1._domainkey.sender.test", dkim(2048))
                .txt("weak.test", "v=spf1 +all")
                .txt("default._domainkey.weak.test", dkim(1024))
                .txt("nospf.test", "google-site-verification=abc").a("nospf.test", "192.0.2.40")
                .mx("nullsender.test", 0, ".")
                .txt("_dmarc.parent.test", "v=DMARC1; p=reject; sp=quarantine")
                .txt("_dmarc.nospf.test", "v=DMARC1; p=none")
                .txt("partial.test", "v=spf1 -all").txt("partial.test", "v=spf1 ~all")
                .txt("_dmarc.partial.test", "v=DMARC1; p=quarantine; pct=50; rua=mailto:a@partial.test,mailto:b@partial.test")
                .txt("revoked._domainkey.partial.test", "v=DKIM1; k=rsa; p=")
                .txt("short._domainkey.partial.test", dkim(512))
                .txt("garbage._domainkey.partial.test", "v=DKIM1; p=notbase64!!")
                .txt("syntax.test", "v=spf1 ip4:192.0.2.0/24 mx: -all")
                .txt("_dmarc.syntax.test", "v=DMARC1; p=bogus")
                .txt("double.test", "v=spf1 ?all")
                .txt("_dmarc.double.test", "v=DMARC1; p=none").txt("_dmarc.double.test", "v=DMARC1; p=reject")
                .txt("heavy.test", "v=spf1 include:i1.test include:i2.test include:i3.test include:i4.test include:i5.test "
                        + "include:i6.test include:i7.test include:i8.test include:i9.test include:i10.test include:i11.test -all")
                .txt("loop.test", "v=spf1 include:loop.test ~all")
                .txt("ptr.test", "v=spf1 ptr -all")
                // sending servers
                .ptr("192.0.2.10", "mail.ok.test").a("mail.ok.test", "192.0.2.10")
                .ptr("192.0.2.99", "192-0-2-99.dyn.isp.test").a("192-0-2-99.dyn.isp.test", "192.0.2.98")
                .a("99.2.0.192.dnsbl.test", "127.0.0.2").txt("99.2.0.192.dnsbl.test", "Listed, see https://dnsbl.test/q?192.0.2.99")
                .a("10.2.0.192.refusing.test", "127.255.255.254")
                .a("10.2.0.192.odd.test", "198.51.100.99")
                .a("2.0.0.127.dnsbl.test", "127.0.0.2")
                .a("10.2.0.192.everything.test", "127.0.0.2").a("1.0.0.127.everything.test", "127.0.0.2")
                .a("99.2.0.192.refusing.test", "127.255.255.254")
                .a("99.2.0.192.odd.test", "198.51.100.99")
                .ptr("2001:db8::25", "mail6.ok.test").aaaa("mail6.ok.test", "2001:db8::25")
                .a("5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.dnsbl.test", "127.0.0.4");
        for (int i = 1; i <= 11; i++) {
            server.txt("i" + i + ".test", "v=spf1 ip4:203.0.113." + i + " -all");
        }
        checks = DnsChecks.using(jp.todoku.dnscheck.dnsjava.DnsjavaLookup.using(settings()), settings());
    }

    private static DnsCheckSettings settings() {
        return DnsCheckSettings.defaults().withServers(List.of(server.address()))
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(800), Duration.ofSeconds(5))
                .withBlocklists(List.of("dnsbl.test", "refusing.test", "odd.test"))
                .withDkimSelectors(List.of("default", "google")).withCanary("test");
    }

    @AfterAll
    static void stop() {
        checks.close();
        server.close();
    }

    /** A DKIM key record of the given RSA size, split into 255-byte strings as DNS requires. */
    private static String[] dkim(int bits) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        String record = "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < record.length(); i += 255) {
            strings.add(record.substring(i, Math.min(record.length(), i + 255)));
        }
        return strings.toArray(String[]::new);
    }

    private static List<String> keys(CheckReport report) {
        return report.results().stream().map(result -> (result.check() + " " + result.messageKey()
                .substring("dnscheck.finding.".length()) + " " + String.join("|", result.arguments())).strip()).toList();
    }

    // ---- recipient domain ------------------------------------------------------------------------

    @Test
    void aDomainWithWorkingMailServersPasses() {
        CheckReport report = checks.checkRecipientDomain("OK.test.");

        assertThat(report.subject()).isEqualTo("ok.test");
        assertThat(keys(report)).containsExactly("MX mx-found ok.test|mx1.ok.test, mx2.ok.test", "MX_HOSTS mx-hosts-resolve 2");
        assertThat(report.results(CheckId.MX).get(0).records()).containsExactly("10 mx1.ok.test", "20 mx2.ok.test");
        assertThat(report.results(CheckId.MX_HOSTS).get(0).records())
                .containsExactlyInAnyOrder("mx1.ok.test 192.0.2.11", "mx2.ok.test 2001:db8::12");
        assertThat(report.worst()).isEqualTo(Outcome.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "nullmx.test # MX mx-null nullmx.test # FAIL",
        "fallback.test # MX mx-address-fallback fallback.test|192.0.2.30 # WARN",
        "nomail.test # MX mx-none nomail.test # FAIL",
        "nowhere.test # MX domain-not-found nowhere.test # FAIL",
        "slow.test # MX lookup-timeout slow.test # UNKNOWN",
        "user@例え.テスト # MX mx-found xn--r8jz45g.xn--zckzah|mx1.ok.test # PASS",
    })
    void tellsWhyADomainCannotReceive(String domain, String first, Outcome worst) {
        CheckReport report = checks.checkRecipientDomain(domain);

        assertThat(keys(report).get(0)).isEqualTo(first);
        assertThat(report.worst()).isEqualTo(worst);
    }

    @Test
    void namesMailServersWithoutAddresses() {
        assertThat(keys(checks.checkRecipientDomain("halfbroken.test")))
                .contains("MX_HOSTS mx-hosts-some-unresolved gone.halfbroken.test");
        assertThat(keys(checks.checkRecipientDomain("allbroken.test")))
                .contains("MX_HOSTS mx-hosts-unresolved gone.allbroken.test");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "not a domain", "example", "192.0.2.1", "exa_mple..jp", "-bad-.jp"})
    void refusesWhatIsNotADomainWithoutAsking(String typed) {
        server.clearQuestions();

        CheckReport report = checks.checkRecipientDomain(typed);

        assertThat(report.results()).singleElement().satisfies(result -> {
            assertThat(result.check()).isEqualTo(CheckId.INPUT);
            assertThat(result.messageKey()).isEqualTo(Finding.INPUT_DOMAIN_INVALID.key());
            assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
        });
        assertThat(report.subject()).isEmpty();
        assertThat(server.questions()).isEmpty();
    }

    // ---- sender domain ---------------------------------------------------------------------------

    @Test
    void aWellConfiguredSenderPassesEverything() {
        CheckReport report = checks.checkSenderDomain("sender.test", Optional.of("sel1"), Optional.of("198.51.100.20"));

        assertThat(keys(report)).containsExactly(
                "SENDER_DOMAIN sender-domain-receives sender.test",
                "SPF_RECORD spf-valid sender.test",
                "SPF_LOOKUPS spf-lookups-ok 1|10",
                "SPF_ALL spf-all-fail",
                "SPF_SENDER spf-sender-pass 198.51.100.20|sender.test",
                "DKIM dkim-key-found sel1|rsa|2048",
                "DMARC dmarc-enforced reject|100",
                "DMARC_REPORTS dmarc-reports-sent mailto:dmarc@sender.test");
        assertThat(report.worst()).isEqualTo(Outcome.PASS);
        assertThat(report.results(CheckId.SPF_RECORD).get(0).records())
                .containsExactly("v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all");
    }

    @Test
    void aWeakSenderIsToldWhatIsWeak() {
        CheckReport report = checks.checkSenderDomain("weak.test", Optional.empty(), Optional.of("203.0.113.9"));

        assertThat(keys(report)).containsExactly(
                "SENDER_DOMAIN sender-domain-no-mail weak.test",
                "SPF_RECORD spf-valid weak.test",
                "SPF_LOOKUPS spf-lookups-ok 0|10",
                "SPF_ALL spf-all-pass",
                "SPF_SENDER spf-sender-pass 203.0.113.9|weak.test",
                "DKIM dkim-key-weak default|1024",
                "DMARC dmarc-missing _dmarc.weak.test");
        assertThat(report.worst()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aSenderWithoutSpfOrDkimOrEnforcement() {
        CheckReport report = checks.checkSenderDomain("nospf.test", Optional.empty(), Optional.of("192.0.2.1"));

        assertThat(keys(report)).containsExactly(
                "SENDER_DOMAIN sender-domain-receives nospf.test",
                "SPF_RECORD spf-missing nospf.test",
                "SPF_SENDER spf-sender-none 192.0.2.1|nospf.test",
                "DKIM dkim-common-not-found default, google",
                "DMARC dmarc-monitor-only none|100",
                "DMARC_REPORTS dmarc-reports-none");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "partial.test # revoked # DKIM dkim-key-revoked revoked",
        "partial.test # short # DKIM dkim-key-too-short short|512",
        "partial.test # garbage # DKIM dkim-key-invalid garbage",
        "partial.test # missing # DKIM dkim-selector-not-found missing|missing._domainkey.partial.test",
        "partial.test # revoked # DMARC dmarc-partial quarantine|50",
        "partial.test # revoked # DMARC_REPORTS dmarc-reports-sent mailto:a@partial.test, mailto:b@partial.test",
        "partial.test # revoked # SPF_RECORD spf-multiple partial.test|2",
        "syntax.test # s # SPF_RECORD spf-syntax syntax.test|mx:",
        "syntax.test # s # DMARC dmarc-invalid p",
        "double.test # s # DMARC dmarc-multiple 2",
        "double.test # s # SPF_ALL spf-all-neutral ",
        "heavy.test # s # SPF_LOOKUPS spf-lookups-too-many 11|10",
        "loop.test # s # SPF_LOOKUPS spf-include-loop loop.test",
        "ptr.test # s # SPF_RECORD spf-ptr-mechanism ptr.test",
        "nowhere.test # s # SENDER_DOMAIN sender-domain-not-found nowhere.test",
        "nullsender.test # s # SENDER_DOMAIN sender-domain-null-mx nullsender.test",
        "mail.sub.parent.test # s # DMARC dmarc-from-parent parent.test|_dmarc.mail.sub.parent.test",
        "mail.sub.parent.test # s # DMARC dmarc-enforced quarantine|100",
        "parent.test # s # DMARC dmarc-enforced reject|100",
    })
    void findsEachSenderProblem(String domain, String selector, String expected) {
        assertThat(keys(checks.checkSenderDomain(domain, Optional.of(selector)))).contains(expected);
    }

    @Test
    void refusesABadSelectorOrAddressBeforeAsking() {
        assertThat(keys(checks.checkSenderDomain("sender.test", Optional.of("bad selector!"))))
                .containsExactly("INPUT input-selector-invalid bad selector!");
        assertThat(keys(checks.checkSenderDomain("sender.test", Optional.of("a@sel1"))))
                .containsExactly("INPUT input-selector-invalid a@sel1");
        assertThat(keys(checks.checkSenderDomain("sender.test", Optional.empty(), Optional.of("mail.sender.test"))))
                .containsExactly("INPUT input-address-invalid mail.sender.test");
    }

    // ---- sending server --------------------------------------------------------------------------

    @Test
    void aCleanServerWithConfirmedReverseDns() {
        CheckReport report = checks.checkSendingServer("192.0.2.10");

        assertThat(keys(report)).containsExactly(
                "PTR ptr-found 192.0.2.10|mail.ok.test",
                "FCRDNS fcrdns-match mail.ok.test|192.0.2.10",
                "DNSBL dnsbl-not-listed dnsbl.test|192.0.2.10",
                "DNSBL dnsbl-refused refusing.test|127.255.255.254",
                "DNSBL dnsbl-odd-answer odd.test|198.51.100.99");
        assertThat(report.worst()).as("a refused query is not a listing").isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void aListedServerOnAHomeLine() {
        CheckReport report = checks.checkSendingServer("[192.0.2.99]");

        assertThat(keys(report)).contains(
                "PTR ptr-generic 192.0.2.99|192-0-2-99.dyn.isp.test",
                "FCRDNS fcrdns-mismatch 192-0-2-99.dyn.isp.test|192.0.2.99",
                "DNSBL dnsbl-listed dnsbl.test|192.0.2.99|127.0.0.2|Listed, see https://dnsbl.test/q?192.0.2.99");
        assertThat(report.worst()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aListThatListsEverythingIsNotBelieved() {
        try (DnsChecks broken = DnsChecks.using(jp.todoku.dnscheck.dnsjava.DnsjavaLookup.using(settings()),
                settings().withBlocklists(List.of("everything.test")))) {
            assertThat(keys(broken.checkSendingServer("192.0.2.10"))).contains("DNSBL dnsbl-lists-everything everything.test");
        }
    }

    @Test
    void aListThatDoesNotListItsTestEntryIsNotBelieved() {
        try (DnsChecks dead = DnsChecks.using(jp.todoku.dnscheck.dnsjava.DnsjavaLookup.using(settings()),
                settings().withBlocklists(List.of("dead.test")))) {
            assertThat(keys(dead.checkSendingServer("192.0.2.10"))).contains("DNSBL dnsbl-not-working dead.test");
        }
    }

    @Test
    void aResolverThatCannotSeeTheInternetIsNotBelieved() {
        DnsCheckSettings closedNetwork = settings().withCanary("com");
        try (DnsChecks blind = DnsChecks.using(jp.todoku.dnscheck.dnsjava.DnsjavaLookup.using(closedNetwork), closedNetwork)) {
            assertThat(keys(blind.checkRecipientDomain("nowhere.test"))).containsExactly("RESOLVER resolver-blind com");
            assertThat(keys(blind.checkSendingServer("192.0.2.10"))).containsExactly("RESOLVER resolver-blind com");
            assertThat(keys(blind.checkSenderDomain("sender.test", Optional.empty()))).containsExactly("RESOLVER resolver-blind com");
        }
    }

    @Test
    void asksBlocklistsAboutIpv6InNibbles() {
        assertThat(keys(checks.checkSendingServer("2001:db8::25")))
                .contains("FCRDNS fcrdns-match mail6.ok.test|2001:db8::25")
                .anyMatch(line -> line.startsWith("DNSBL dnsbl-listed dnsbl.test|2001:db8::25|127.0.0.4"));
    }

    @Test
    void aServerWithoutReverseDns() {
        assertThat(keys(checks.checkSendingServer("192.0.2.50"))).startsWith("PTR ptr-missing 192.0.2.50");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10.0.0.1", "192.168.1.5", "127.0.0.1", "100.64.0.1", "fd00::1", "::1"})
    void doesNotAskBlocklistsAboutPrivateAddresses(String address) {
        server.clearQuestions();

        CheckReport report = checks.checkSendingServer(address);

        assertThat(report.results(CheckId.DNSBL)).singleElement()
                .satisfies(result -> assertThat(result.messageKey()).isEqualTo(Finding.DNSBL_PRIVATE_ADDRESS.key()));
        assertThat(server.questions()).noneMatch(question -> question.contains("dnsbl.test"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "mail.example.jp", "192.0.2", "192.0.2.256", "2001:db8::g", "1.2.3.4.5"})
    void refusesWhatIsNotAnAddress(String typed) {
        assertThat(keys(checks.checkSendingServer(typed))).singleElement().asString().startsWith("INPUT input-address-invalid");
    }

    // ---- time ------------------------------------------------------------------------------------

    @Test
    void aSilentBlocklistIsUnknownNotListed() {
        server.silent("10.2.0.192.silent.test");
        try (DnsChecks silent = DnsChecks.using(jp.todoku.dnscheck.dnsjava.DnsjavaLookup.using(settings()),
                settings().withBlocklists(List.of("silent.test")))) {
            assertThat(keys(silent.checkSendingServer("192.0.2.10"))).contains("DNSBL lookup-timeout silent.test");
        }
    }

    @Test
    void aCheckThatOutlivesTheBudgetIsReportedAndTheOthersKept() {
        server.silent("10.2.0.192.silent.test");
        DnsCheckSettings patient = settings().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(700))
                .withBlocklists(List.of("dnsbl.test", "silent.test"));
        try (DnsChecks hurried = DnsChecks.using(jp.todoku.dnscheck.dnsjava.DnsjavaLookup.using(patient), patient)) {
            CheckReport report = hurried.checkSendingServer("192.0.2.10");

            assertThat(keys(report)).contains("DNSBL dnsbl-not-listed dnsbl.test|192.0.2.10", "DNSBL check-overtime 1");
        }
    }
}
