package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import jp.todoku.dnscheck.DnsCheckSettings;
import org.junit.jupiter.api.Test;

/** todoku.dns.* as an operator writes it, turned into the engine's settings; typos fail at start. */
class DnsSettingsTest {

    @Test
    void resolversWithAndWithoutPortsAndTheTimeouts() {
        DnsCheckSettings engine = new DnsSettings(List.of("192.0.2.53", " 127.0.0.1:5353 ", "[::1]:54", ""),
                Duration.ofMillis(800), null).engineSettings();

        assertThat(engine.servers()).extracting(InetSocketAddress::getPort).containsExactly(53, 5353, 54);
        assertThat(engine.servers()).extracting(address -> address.getAddress().getHostAddress())
                .containsExactly("192.0.2.53", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(engine.queryTimeout()).isEqualTo(Duration.ofMillis(800));
        assertThat(engine.lookupBudget()).isEqualTo(Duration.ofMillis(2000));
        assertThat(engine.checkBudget()).isEqualTo(Duration.ofMillis(4000));
        assertThat(engine.canary()).isEqualTo("com");
    }

    @Test
    void nothingSetMeansTheMachinesResolverAndTheEngineDefaults() {
        DnsCheckSettings engine = new DnsSettings(null, null, null).engineSettings();

        assertThat(engine.servers()).isEmpty();
        assertThat(engine.checkBudget()).isEqualTo(DnsCheckSettings.defaults().checkBudget());
        assertThat(engine.lookupBudget()).isEqualTo(DnsCheckSettings.defaults().lookupBudget());
    }

    @Test
    void typosAreRefusedAtStart() {
        assertThatThrownBy(() -> new DnsSettings(List.of("127.0.0.1:dns"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnsSettings(List.of("127.0.0.1:70000"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnsSettings(List.of(), Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DnsSettings(List.of(), null, "not a name!").engineSettings())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
