package jp.todoku.diagnosis.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void crlfAndCrBecomeLf() {
        assertThat(MessageText.latin1WithLineFeeds("a\r\nb\rc\nd".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void fullWidthDigitsAndSignsBecomeAscii() {
        assertThat(MessageText.foldFullWidth("５５０　５．１．１　ｕｓｅｒ＠ｅｘａｍｐｌｅ．ｊｐ")).isEqualTo("550 5.1.1 user@example.jp");
    }

    @Test
    void quoteMarksAreRemovedAtEveryDepth() {
        assertThat(MessageText.stripQuotes("> one\n>> two\n> > three\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void mboxSplitsAtFromLines() {
        String mbox = "From a@example.com Mon Jan 1 00:00:00 2026\nSubject: one\n\nx\n\nFrom b@example.com Mon Jan 1 00:00:01 2026\nSubject: two\n\ny\n";

        assertThat(Mailbox.isMailbox(mbox)).isTrue();
        assertThat(Mailbox.split(mbox)).hasSize(2);
    }

    @Test
    void tellsMessagesFromFragments() {
        assertThat(Fragments.looksLikeMessage("From: a@example.com\nSubject: x\n\nbody")).isTrue();
        assertThat(Fragments.looksLikeMessage("550 5.1.1 <a@example.com>: User unknown\n")).isFalse();
        assertThat(Fragments.looksLikeMessage("Error: something\nNote: else\n")).isFalse();
    }

    @Test
    void textForReadingIsTheThreeStepsInOne() {
        // Seeded random texts of line ends, quote marks, spaces and full-width characters (a
        // full-width '>' becomes a quote mark only after folding, so the order of the steps shows).
        String alphabet = "a\r\n> \uff21\u3000\uff5e\uff1e\uff01\uff00\uff5fx\u2028";
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(MessageText.forReading(input)).as(input)
                    .isEqualTo(MessageText.stripQuotes(MessageText.foldFullWidth(MessageText.normaliseLineEnds(input))));
            assertThat(MessageText.normaliseLineEnds(input)).as(input)
                    .isEqualTo(input.replace("\r\n", "\n").replace('\r', '\n'));
        }
    }
}
