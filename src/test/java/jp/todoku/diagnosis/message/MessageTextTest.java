package jp.todoku.diagnosis.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    /**
     * The short way for plain ASCII gives what the long way gives (line ends, then the decoded text
     * as read), and the cut window is the long way's window: seeded random bytes, mostly ASCII with
     * line ends, quote marks and now and then an escape or an 8-bit byte, cut at every kind of place.
     */
    @Test
    void theAsciiWindowReadsAsTheDecodedOne() {
        java.util.Random random = new java.util.Random(5);
        byte[] alphabet = "ab >\r\n\r\n>> x$B(".getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 20_000; round++) {
            byte[] raw = new byte[random.nextInt(30)];
            for (int i = 0; i < raw.length; i++) {
                int pick = random.nextInt(60);
                raw[i] = pick == 0 ? 0x1b : pick == 1 ? (byte) 0xe3 : alphabet[pick % alphabet.length];
            }
            int limit = 1 + random.nextInt(32);
            byte[] lineFeeds = MessageText.latin1WithLineFeeds(raw).getBytes(StandardCharsets.ISO_8859_1);
            byte[] expected = java.util.Arrays.copyOf(lineFeeds, Math.min(limit, lineFeeds.length));
            byte[] window = MessageText.withLineFeeds(raw, limit);
            assertThat(window).isEqualTo(expected);
            String ascii = MessageText.readableAscii(window);
            boolean plain = new String(window, StandardCharsets.ISO_8859_1).chars().allMatch(c -> c < 0x80 && c != 0x1b);
            assertThat(ascii != null).isEqualTo(plain);
            if (ascii != null) {
                assertThat(ascii).isEqualTo(MessageText.forReading(Charsets.decode(window, null)));
            }
        }
    }

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
