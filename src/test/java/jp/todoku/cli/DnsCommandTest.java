package jp.todoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import jp.todoku.dnscheck.dnsjava.TestDnsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dns command against a real DNS server on 127.0.0.1. */
class DnsCommandTest {

    @Test
    void printsOneJsonLinePerResultWithItsText() {
        try (TestDnsServer server = TestDnsServer.start().empty("com")
                .mx("cli.test", 10, "mx.cli.test").a("mx.cli.test", "192.0.2.1")
                .txt("cli.test", "v=spf1 mx -all").txt("_dmarc.cli.test", "v=DMARC1; p=reject")
                .ptr("192.0.2.1", "mx.cli.test")) {
            String port = String.valueOf(server.address().getPort());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = new DnsCommand().run(new String[] {"cli.test", "--ip", "192.0.2.1", "--server", "127.0.0.1:" + port,
                "--selector", "s1", "--lang", "ja"}, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

            String lines = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).isZero();
            assertThat(lines).contains("\"report\":\"recipient\",\"subject\":\"cli.test\",\"check\":\"mx\",\"outcome\":\"pass\"")
                    .contains("\"key\":\"dnscheck.finding.spf-sender-pass\"")
                    .contains("送信サーバー 192.0.2.1 は、cli.test のSPFで許可されています。")
                    .contains("\"check\":\"fcrdns\",\"outcome\":\"pass\"")
                    .contains("\"report\":\"server\",\"subject\":\"192.0.2.1\",\"worst\":");
            assertThat(lines.lines()).allMatch(line -> line.startsWith("{") && line.endsWith("}"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "--ip", "a.test b.test", "--unknown x", "a.test --server mail.example.jp"})
    void refusesWrongArguments(String line) {
        String[] arguments = line.isEmpty() ? new String[0] : line.split(" ");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new DnsCommand().run(arguments, new ByteArrayInputStream(new byte[0]), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"127.0.0.1:5353, 5353", "127.0.0.1, 53", "[::1]:5300, 5300", "::1, 53"})
    void readsServerAddresses(String text, int port) {
        assertThat(DnsCommand.server(text)).map(InetSocketAddress::getPort).contains(port);
    }
}
