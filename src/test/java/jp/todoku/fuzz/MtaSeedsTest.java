package jp.todoku.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnoser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seeds of {@link DiagnosisFuzzTest#mtaReaders} each reach the reader they were written for. */
class MtaSeedsTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.create();

    static Map<String, String> seeds() {
        return Map.ofEntries(Map.entry("amazonses-sns.eml", "amazonses"), Map.entry("autoreply.eml", "rfc3834"),
                Map.entry("courier.eml", "courier"), Map.entry("domino.eml", "domino"),
                Map.entry("exchange2007.eml", "exchange2007"), Map.entry("exim.eml", "exim"), Map.entry("ezweb.eml", "ezweb"),
                Map.entry("feedback.eml", "arf"), Map.entry("forwarded.eml", "heuristic"), Map.entry("fragment.txt", "fragment"),
                Map.entry("gmail.eml", "gmail"), Map.entry("googlegroups.eml", "googlegroups"),
                Map.entry("imailserver.eml", "imailserver"), Map.entry("iso2022jp.eml", "heuristic"),
                Map.entry("japanese-notice.txt", "fragment"), Map.entry("mailing-list.eml", "fml"),
                Map.entry("mcafee.eml", "mcafee"), Map.entry("office365.eml", "office365"),
                Map.entry("opensmtpd.eml", "opensmtpd"), Map.entry("outlook-client.txt", "fragment"),
                Map.entry("postfix.eml", "postfix"), Map.entry("powermta.eml", "powermta"), Map.entry("qmail.eml", "qmail"),
                Map.entry("rfc3464-mailboxfull.eml", "rfc3464"), Map.entry("sendmail.eml", "sendmail"),
                Map.entry("two-messages.mbox", "heuristic"), Map.entry("yahoo.eml", "yahoo"));
    }

    static Iterable<String> names() {
        return seeds().keySet().stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void seedReachesItsReader(String name) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("DiagnosisFuzzTestInputs/mtaReaders/" + name)) {
            assertThat(in).as(name).isNotNull();
            bytes = in.readAllBytes();
        }
        assertThat(DIAGNOSER.diagnose(bytes).failures()).extracting(DeliveryFailure::decodedBy)
                .isNotEmpty().containsOnly(seeds().get(name));
    }
}
