package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals only (never a name lookup), reversed for DNSBL and PTR names, private ones recognised. */
class IpAddressTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "192.0.2.1 | 1.2.0.192",
        " [198.51.100.7] | 7.100.51.198",
        "2001:db8::1 | 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2",
        "IPv6:2001:DB8::AB | b.a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2",
    })
    void reversesForDnsNames(String typed, String reversed) {
        assertThat(IpAddress.find(typed)).map(IpAddress::reversed).contains(reversed);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "mail.example.jp", "localhost", "192.0.2", "192.0.2.256", "01.2.3.4", "1.2.3.4.5",
        "2001:db8::g", "2001:db8:::1", "::ffff:", "12345", "abc:def"})
    void refusesWhatIsNotALiteral(String typed) {
        assertThat(IpAddress.find(typed)).isEmpty();
    }

    @ParameterizedTest(name = "{0} private: {1}")
    @CsvSource({
        "10.1.2.3, true", "172.16.0.1, true", "192.168.0.1, true", "127.0.0.1, true", "169.254.1.1, true",
        "100.64.0.1, true", "100.128.0.1, false", "0.0.0.0, true", "224.0.0.1, true", "fd12::1, true", "fe80::1, true",
        "::1, true", "192.0.2.1, false", "8.8.8.8, false", "2001:db8::1, false"})
    void knowsPrivateAddresses(String typed, boolean isPrivate) {
        assertThat(IpAddress.find(typed).orElseThrow().isPrivate()).isEqualTo(isPrivate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1", "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "0:0:0:0:0:0:0:0, ::", "0:0:0:0:0:0:0:1, ::1",
        "2001:db8:1:2:3:4:0:5, 2001:db8:1:2:3:4:0:5", "fe80:0:0:0:0:0:0:0, fe80::", "192.0.2.1, 192.0.2.1"})
    void writesAddressesTheShortStandardWay(String typed, String text) {
        assertThat(IpAddress.find(typed).orElseThrow().text()).isEqualTo(text);
    }
}
