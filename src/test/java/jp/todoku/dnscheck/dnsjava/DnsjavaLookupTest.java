package jp.todoku.dnscheck.dnsjava;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import jp.todoku.dnscheck.DnsAnswer;
import jp.todoku.dnscheck.DnsCheckSettings;
import jp.todoku.dnscheck.DnsFailure;
import jp.todoku.dnscheck.DnsStatus;
import jp.todoku.dnscheck.MailExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter against a real UDP server on 127.0.0.1: every kind of answer becomes the right DnsAnswer. */
class DnsjavaLookupTest {

    private static TestDnsServer server;
    private static DnsjavaLookup lookup;

    @BeforeAll
    static void start() {
        server = TestDnsServer.start()
                .mx("example.test", 10, "mx1.example.test").mx("example.test", 20, "mx2.example.test")
                .a("mx1.example.test", "192.0.2.10").aaaa("mx1.example.test", "2001:db8::10")
                .txt("example.test", "v=spf1 ", "ip4:192.0.2.0/24 -all").txt("example.test", "other=1")
                .ptr("192.0.2.10", "mx1.example.test")
                .ptr("2001:db8::10", "mx1.example.test")
                .mx("null.test", 0, ".")
                .cname("alias.example.test", "mx1.example.test")
                .empty("empty.test")
                .txt("long.test", "a".repeat(255), "b".repeat(255), "c".repeat(255), "d".repeat(100))
                .serverFailure("broken.test").refused("refused.test").silent("silent.test");
        lookup = DnsjavaLookup.using(settings(server.address(), Duration.ofMillis(300), Duration.ofMillis(700)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static DnsCheckSettings settings(InetSocketAddress address, Duration timeout, Duration budget) {
        return DnsCheckSettings.defaults().withServers(List.of(address)).withTimeouts(timeout, budget, Duration.ofSeconds(5));
    }

    @Test
    void readsMailExchangesWithTheirPreference() {
        DnsAnswer<MailExchange> answer = lookup.mx("example.test");

        assertThat(answer.status()).isEqualTo(DnsStatus.FOUND);
        assertThat(answer.records()).containsExactlyInAnyOrder(
                new MailExchange(10, "mx1.example.test"), new MailExchange(20, "mx2.example.test"));
    }

    @Test
    void readsTheNullMxAsTheRootName() {
        assertThat(lookup.mx("null.test").records()).singleElement().satisfies(mx -> assertThat(mx.isNullMx()).isTrue());
    }

    @Test
    void readsAddressesOfBothFamilies() throws Exception {
        assertThat(lookup.a("mx1.example.test").records()).containsExactly(InetAddress.getByName("192.0.2.10"));
        assertThat(lookup.aaaa("mx1.example.test").records()).containsExactly(InetAddress.getByName("2001:db8::10"));
    }

    @Test
    void joinsTheStringsOfOneTxtRecord() {
        assertThat(lookup.txt("example.test").records())
                .containsExactlyInAnyOrder("v=spf1 ip4:192.0.2.0/24 -all", "other=1");
    }

    @Test
    void receivesAnswersLongerThan512BytesInOneUdpReply() {
        assertThat(lookup.txt("long.test").records()).singleElement().asString().hasSize(865).startsWith("aaa").endsWith("ddd");
    }

    @Test
    void readsPointerRecordsOfBothFamilies() throws Exception {
        assertThat(lookup.ptr(InetAddress.getByName("192.0.2.10")).records()).containsExactly("mx1.example.test");
        assertThat(lookup.ptr(InetAddress.getByName("2001:db8::10")).records()).containsExactly("mx1.example.test");
    }

    @Test
    void followsTheCnameChainTheResolverReturns() throws Exception {
        assertThat(lookup.a("alias.example.test").records()).containsExactly(InetAddress.getByName("192.0.2.10"));
    }

    @Test
    void tellsNoSuchDomainFromNoRecords() {
        assertThat(lookup.mx("nowhere.test").status()).isEqualTo(DnsStatus.NO_SUCH_DOMAIN);
        assertThat(lookup.mx("empty.test").status()).isEqualTo(DnsStatus.NO_RECORDS);
        assertThat(lookup.mx("mx1.example.test").status()).as("a name with only A records").isEqualTo(DnsStatus.NO_RECORDS);
    }

    @Test
    void namesEachKindOfFailure() {
        assertThat(lookup.txt("broken.test").failure()).contains(DnsFailure.SERVER_FAILURE);
        assertThat(lookup.txt("refused.test").failure()).contains(DnsFailure.REFUSED);
        assertThat(lookup.txt("silent.test").failure()).contains(DnsFailure.TIMEOUT);
    }

    @Test
    void aServerThatIsNotThereIsAFailureNotAnException() throws Exception {
        int closedPort;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closedPort = probe.getLocalPort();
        }
        DnsjavaLookup nobody = DnsjavaLookup.using(settings(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort), Duration.ofMillis(200), Duration.ofMillis(500)));

        assertThat(nobody.mx("example.test").status()).isEqualTo(DnsStatus.FAILED);
    }
}
