package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Macro expansion, with the examples of RFC 7208 section 7.4 (sender strong-bad@email.example.com). */
class SpfMacroTest {

    private static final SpfMacro IPV4 = new SpfMacro("email.example.com", IpAddress.find("192.0.2.3"),
            "strong-bad@email.example.com");
    private static final SpfMacro IPV6 = new SpfMacro("email.example.com", IpAddress.find("2001:db8::cb01"),
            "strong-bad@email.example.com");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "%{s} | strong-bad@email.example.com",
        "%{o} | email.example.com",
        "%{d} | email.example.com",
        "%{d4} | email.example.com",
        "%{d3} | email.example.com",
        "%{d2} | example.com",
        "%{d1} | com",
        "%{dr} | com.example.email",
        "%{d2r} | example.email",
        "%{l} | strong-bad",
        "%{l-} | strong.bad",
        "%{lr} | strong-bad",
        "%{lr-} | bad.strong",
        "%{l1r-} | strong",
        "%{ir}.%{v}._spf.%{d2} | 3.2.0.192.in-addr._spf.example.com",
        "%{lr-}.lp._spf.%{d2} | bad.strong.lp._spf.example.com",
        "%{d2}.trusted-domains.example.net | example.com.trusted-domains.example.net",
        "100%% | 100%",
    })
    void expandsTheRfcExamples(String spec, String expected) {
        assertThat(IPV4.expand(spec)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "%{ir}.%{v}._spf.%{d2} | 1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com",
    })
    void expandsIpv6AsNibbles(String spec, String expected) {
        assertThat(IPV6.expand(spec)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"%{i}._spf.example.jp", "%{v}.example.jp"})
    void cannotExpandAddressMacrosWithoutAnAddress(String spec) {
        assertThat(SpfMacro.forDomain("example.jp", Optional.empty()).expand(spec)).isEmpty();
    }
}
