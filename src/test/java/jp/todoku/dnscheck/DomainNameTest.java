package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What customers type as a domain, read or refused. */
class DomainNameTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "example.co.jp | example.co.jp",
        "  Example.CO.JP.  | example.co.jp",
        "taro@example.jp | example.jp",
        "例え.テスト | xn--r8jz45g.xn--zckzah",
        "ドメイン名例。ＪＰ | xn--eckwd4c7cu47r2wf.jp",
        "example．jp | example.jp",
        "_dmarc.example.jp | _dmarc.example.jp",
        "sel-1._domainkey.example.jp | sel-1._domainkey.example.jp",
        "xn--r8jz45g.jp | xn--r8jz45g.jp",
    })
    void readsWhatCanBeRead(String typed, String ascii) {
        assertThat(DomainName.find(typed)).map(DomainName::ascii).contains(ascii);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "localhost", "jp", "example..jp", ".example.jp", "-example.jp", "example-.jp",
        "exa mple.jp", "example.jp/path", "http://example.jp", "192.0.2.1", "taro@", "a@b@", "<script>.jp"})
    void refusesTheRest(String typed) {
        assertThat(DomainName.find(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesOverlongNamesAndLabels() {
        assertThat(DomainName.find("a".repeat(64) + ".jp")).isEmpty();
        assertThat(DomainName.find(("a".repeat(60) + ".").repeat(5) + "jp")).isEmpty();
        assertThat(DomainName.find("x".repeat(5000))).isEmpty();
        assertThat(DomainName.find(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void showsInternationalNamesAsWritten() {
        assertThat(DomainName.find("例え.テスト").orElseThrow().unicode()).isEqualTo("例え.テスト");
    }
}
