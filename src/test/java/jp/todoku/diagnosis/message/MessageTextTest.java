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
}
