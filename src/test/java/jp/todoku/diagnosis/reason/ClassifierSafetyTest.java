package jp.todoku.diagnosis.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import jp.todoku.diagnosis.Reason;
import org.junit.jupiter.api.Test;

/** Whatever the evidence, the classifier answers and never throws. */
class ClassifierSafetyTest {

    private final ReasonClassifier classifier = ReasonClassifier.bundled();

    @Test
    void answersForEmptyEvidence() {
        Verdict verdict = classifier.classify(new Evidence(null, null, null, null, null, null, null, null, false));
        assertThat(verdict.reason()).isEqualTo(Reason.UNDEFINED);
        assertThat(verdict.status()).isNull();
    }

    @Test
    void answersForNoEvidenceAtAll() {
        assertThat(classifier.classify(null).reason()).isEqualTo(Reason.UNDEFINED);
    }

    @Test
    void answersForHugeAndHostileTexts() {
        String[] texts = {
            "a".repeat(2_000_000),
            "550-".repeat(200_000),
            "5.5.5.5.5.5.5.".repeat(100_000),
            "\u0000\uFFFF\uD800 user unknown \uDC00",
            "x-unix; " + "procmail ".repeat(50_000),
            "@@@@@".repeat(1000) + "<" + ">".repeat(1000),
        };
        for (String text : texts) {
            Verdict verdict = classifier.classify(Cases.evidence(null, null, null, null, "@", "[;]", text));
            assertThat(verdict.reason()).isNotNull();
        }
    }

    @Test
    void answersForRandomEvidence() {
        Random random = new Random(20261123L);
        String[] commands = {"-", "CONN", "EHLO", "HELO", "MAIL", "RCPT", "DATA", "QUIT"};
        String[] statuses = {"-", "2.1.5", "4.0.0", "4.4.7", "5.0.0", "5.1.1", "5.7.1", "5.7.999"};
        String[] hosts = {"-", "mx.google.com", "mfsmax.docomo.ne.jp", "x.protection.outlook.com", "...", "a@b"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append((char) (32 + random.nextInt(0x3000)));
            }
            Reason verdict = random.nextInt(5) == 0 ? Reason.values()[random.nextInt(Reason.values().length)] : null;
            Verdict answer = classifier.classify(Cases.evidence(verdict == null ? "-" : verdict.code(),
                    statuses[random.nextInt(statuses.length)], random.nextBoolean() ? "-" : "5" + random.nextInt(6) + random.nextInt(10),
                    commands[random.nextInt(commands.length)], "neko@" + hosts[random.nextInt(hosts.length)],
                    hosts[random.nextInt(hosts.length)], hosts[random.nextInt(hosts.length)], random.nextBoolean(), null,
                    text.toString()));
            assertThat(answer.reason()).isNotNull();
        }
    }
}
