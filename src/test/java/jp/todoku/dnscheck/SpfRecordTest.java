package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing SPF records per RFC 7208 section 12, table-driven. */
class SpfRecordTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"v=spf1", "v=spf1 -all", "V=SPF1 mx -all", "v=spf1  ip4:192.0.2.0/24   ~all "})
    void recognisesSpfRecords(String text) {
        assertThat(SpfRecord.isSpf(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"v=spf10 -all", "spf1 -all", "v=DMARC1; p=none", "google-site-verification=abc", "v=spf1-all"})
    void refusesOtherTexts(String text) {
        assertThat(SpfRecord.isSpf(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // record | terms as read back (qualifier, kind, argument, prefixes)
        "v=spf1 -all | FAIL ALL  32 128",
        "v=spf1 +mx ~all | PASS MX  32 128, SOFTFAIL ALL  32 128",
        "v=spf1 a/24 mx//64 | PASS A  24 128, PASS MX  32 64",
        "v=spf1 a:mail.example.jp/28//56 | PASS A mail.example.jp 28 56",
        "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ?all | PASS IP4 192.0.2.0 24 128, PASS IP6 2001:db8:: 32 32, NEUTRAL ALL  32 128",
        "v=spf1 ip4:192.0.2.1 | PASS IP4 192.0.2.1 32 128",
        "v=spf1 include:_spf.google.com exists:%{i}._spf.example.jp ptr -all | PASS INCLUDE _spf.google.com 32 128, PASS EXISTS %{i}._spf.example.jp 32 128, PASS PTR  32 128, FAIL ALL  32 128",
        "v=spf1 ptr:example.jp | PASS PTR example.jp 32 128",
    })
    void readsMechanisms(String text, String expected) {
        SpfRecord record = SpfRecord.find(text).orElseThrow();

        assertThat(record.errors()).isEmpty();
        assertThat(record.mechanisms().stream().map(mechanism -> (mechanism.qualifier() + " " + mechanism.kind() + " "
                + mechanism.argument() + " " + mechanism.ipv4Prefix() + " " + mechanism.ipv6Prefix()))
                .collect(Collectors.joining(", "))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "v=spf1 include -all | include",
        "v=spf1 include: -all | include:",
        "v=spf1 ip4:192.0.2.300 -all | ip4:192.0.2.300",
        "v=spf1 ip4:192.0.2.0/33 | ip4:192.0.2.0/33",
        "v=spf1 ip4:2001:db8::1 | ip4:2001:db8::1",
        "v=spf1 ip6:192.0.2.1 | ip6:192.0.2.1",
        "v=spf1 ipv4:192.0.2.1 | ipv4:192.0.2.1",
        "v=spf1 a/33 | a/33",
        "v=spf1 all:example.jp | all:example.jp",
        "v=spf1 -all, | -all,",
        "v=spf1 exists:%{z}.example.jp | exists:%{z}.example.jp",
        "v=spf1 redirect= | redirect=",
        "v=spf1 redirect=a.example.jp redirect=b.example.jp | redirect=",
        "v=spf1 mx ~ all | ~",
    })
    void keepsTermsThatCannotBeRead(String text, String error) {
        assertThat(SpfRecord.find(text).orElseThrow().errors()).contains(error);
    }

    @Test
    void readsModifiersAndIgnoresUnknownOnes() {
        SpfRecord record = SpfRecord.find("v=spf1 redirect=_spf.example.jp exp=explain.example.jp foo=bar").orElseThrow();

        assertThat(record.errors()).isEmpty();
        assertThat(record.redirect()).contains("_spf.example.jp");
        assertThat(record.all()).isEmpty();
    }

    @Test
    void boundsTheNumberOfTermsItReads() {
        String many = "v=spf1" + " ip4:192.0.2.1".repeat(500);

        SpfRecord record = SpfRecord.find(many).orElseThrow();

        assertThat(record.terms()).hasSize(100);
        assertThat(record.errors()).containsExactly("…");
    }
}
