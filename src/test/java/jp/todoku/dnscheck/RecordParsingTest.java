package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DMARC records, DKIM key records and the tag lists they share; plus the generic reverse-name heuristic. */
class RecordParsingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "v=DMARC1; p=reject | reject | 100 | ",
        "v=DMARC1;p=quarantine;pct=25;rua=mailto:a@example.jp | quarantine | 25 | mailto:a@example.jp",
        "V=dmarc1; P=None; | none | 100 | ",
        "v=DMARC1; p=none; rua=mailto:a@example.jp, mailto:b@example.jp | none | 100 | mailto:a@example.jp;mailto:b@example.jp",
    })
    void readsDmarcPolicies(String text, String policy, int percent, String reports) {
        DmarcRecord record = DmarcRecord.find(text).orElseThrow();

        assertThat(record.problem()).isEmpty();
        assertThat(record.policy()).isEqualTo(policy);
        assertThat(record.percent()).isEqualTo(percent);
        assertThat(record.reportAddresses()).isEqualTo(reports == null ? List.of() : List.of(reports.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "v=DMARC1 | p", "v=DMARC1; p=bogus | p", "v=DMARC1; p=reject; pct=150 | pct", "v=DMARC1; p=reject; pct=x | pct",
        "v=DMARC1; p=none; p=reject | v", "v=DMARC1; p | v"})
    void namesWhatMakesADmarcRecordUnusable(String text, String problem) {
        assertThat(DmarcRecord.find(text).orElseThrow().problem()).contains(problem);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"v=spf1 -all", "p=reject; v=DMARC1", "v=DMARC2; p=none", ""})
    void recognisesOnlyDmarcRecords(String text) {
        assertThat(DmarcRecord.find(text)).isEmpty();
    }

    @Test
    void readsTagListsLikeRfc6376() {
        assertThat(TagList.parse(" v = DKIM1 ; k=rsa;p=ABC ; ")).contains(Map.of("v", "DKIM1", "k", "rsa", "p", "ABC"));
        assertThat(TagList.parse("v=DKIM1; v=DKIM1")).isEmpty();
        assertThat(TagList.parse("no equals sign")).isEmpty();
        assertThat(TagList.parse("1x=bad")).isEmpty();
        assertThat(TagList.parse("a=1;".repeat(200))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo= | ed25519 | false | 256",
        "v=DKIM1; p= | rsa | true | 0",
        "v=DKIM1; k=future; p=AAAA | future | false | 0",
    })
    void readsDkimKeys(String text, String type, boolean revoked, int bits) {
        assertThat(DkimKey.find(text)).contains(new DkimKey(type, revoked, bits));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"v=DKIM1; k=rsa", "v=DKIM1; p=!!!", "v=DKIM1; k=rsa; p=AAAA", "v=DKIM1; k=ed25519; p=AAAA"})
    void refusesUnreadableDkimKeys(String text) {
        assertThat(DkimKey.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "192-0-2-99.dyn.isp.example, 192.0.2.99, true",
        "99.2.0.192.static.isp.example, 192.0.2.99, true",
        "p1234-ipoe.flets.example, 192.0.2.99, false",
        "c000027f.example, 192.0.2.127, true",
        "pool-12-34.dhcp.example, 192.0.2.1, true",
        "mail.example.jp, 192.0.2.99, false",
        "mx01.dynamo-example.jp, 192.0.2.99, false",
        "customer.example.jp, 192.0.2.99, true",
    })
    void recognisesGenericReverseNames(String name, String address, boolean generic) {
        assertThat(ReverseDnsCheck.looksGeneric(name, IpAddress.find(address).orElseThrow())).isEqualTo(generic);
    }
}
