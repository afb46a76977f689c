package jp.todoku.diagnosis.address;

import static org.assertj.core.api.Assertions.assertThat;

import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainTyposTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            docomo.ne.jo   | docomo.ne.jp
            gmial.com      | gmail.com
            yahoo.co.jo    | yahoo.co.jp
            ezweb.ne.j     | ezweb.ne.jp
            icloud.co      | icloud.com
            softbank.ne.jo | softbank.ne.jp
            hotmial.com    | hotmail.com
            DOCOMO.NE.JO.  | docomo.ne.jp
            nifty.con      | nifty.com
            """)
    void suggestsTheCommonDomainOneSlipAway(String typed, String expected) {
        assertThat(DomainTypos.suggest(typed)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docomo.ne.jp", "gmail.com", "example.co.jp", "mail.example.com", "kddi.com", "a", "''"})
    void leavesKnownAndUnrelatedDomainsAlone(String domain) {
        assertThat(DomainTypos.suggest(domain)).isEmpty();
    }

    @Test
    void keepsTheLocalPartAndOnlyForDeadAddresses() {
        assertThat(Knowledge.didYouMean("Taro.Yamada@docomo.ne.jo", Reason.USER_UNKNOWN)).contains("Taro.Yamada@docomo.ne.jp");
        assertThat(Knowledge.didYouMean("hanako@gmial.com", Reason.HOST_UNKNOWN)).contains("hanako@gmail.com");
        assertThat(Knowledge.didYouMean("hanako@gmial.com", Reason.MAILBOX_FULL)).isEmpty();
        assertThat(Knowledge.didYouMean("not-an-address", Reason.USER_UNKNOWN)).isEmpty();
        assertThat(Knowledge.didYouMean(null, Reason.USER_UNKNOWN)).isEmpty();
    }

    @Test
    void aPastedHostUnknownBounceGetsTheSuggestion() {
        DeliveryFailure failure = Diagnoser.withBundledKnowledge()
                .diagnose("<ito@yahoo.co.jo>: Host or domain name not found. Name service error for name=yahoo.co.jo type=A: Host not found")
                .failures().get(0);
        assertThat(failure.reason()).isEqualTo(Reason.HOST_UNKNOWN);
        assertThat(Knowledge.didYouMean(failure.recipient(), failure.reason())).contains("ito@yahoo.co.jp");
    }

    @Test
    void distanceCountsASwapAsOne() {
        assertThat(DomainTypos.distance("gmial.com", "gmail.com", 2)).isEqualTo(1);
        assertThat(DomainTypos.distance("abc", "xyz", 1)).isGreaterThan(1);
    }
}
