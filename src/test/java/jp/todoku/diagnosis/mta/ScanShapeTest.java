package jp.todoku.diagnosis.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Scan#status} and {@link Scan#replyCode} (and {@link ServerReplies#best}) first ask whether a text
 * has the shape every match starts with, since the readers ask line by line and most lines have none (issue 15:
 * those patterns tried at every character were a sixth of an import's CPU). The pre-check may only say no
 * where the pattern finds nothing: compared here with the patterns themselves, on texts built from the
 * pieces around their edges.
 */
class ScanShapeTest {

    private static final Pattern STATUS = Scan.STATUS;
    private static final Pattern REPLY = Scan.REPLY;
    private static final Pattern SERVER_REPLY = ServerReplies.REPLY;

    private static final String[] PIECES = {"5", "4", "2", "1", "0", "9", "55", "550", "421", "599", "250", ".", "..", "5.",
        ".1", "5.1.1", "4.7.0", "2.0.0", "10.0.0.1", " ", "-", ":", ";", "(", "[", "<", "\"", "'", ",", "#", "/", "\n",
        "x", "User unknown", "５５０", "容量", "\t"};

    @Test
    void saysNoOnlyWhereThePatternsFindNothing() {
        Random random = new Random(11);
        int statuses = 0;
        int replies = 0;
        for (int round = 0; round < 50_000; round++) {
            String line = joined(random, PIECES, random.nextInt(10));
            if (STATUS.matcher(line).find()) {
                statuses++;
                assertThat(Scan.mayHoldStatus(line)).as(line).isTrue();
            }
            if (REPLY.matcher(line).find()) {
                replies++;
                assertThat(Scan.mayHoldReplyCode(line)).as(line).isTrue();
            }
            if (SERVER_REPLY.matcher(line).find()) {
                assertThat(ServerReplies.best(line)).as(line).isPresent();
            }
        }
        assertThat(statuses).as("texts with a status code").isGreaterThan(2_000);
        assertThat(replies).as("texts with a reply code").isGreaterThan(2_000);
    }

    private static final String[] HOST_PIECES = {"host", "HOST", "Host", "ghost", "mx", "MX", "mX", "while talking to",
        "While Talking To", "remote server", "remote-mta: dns;", "Remote-MTA: DNS;", "connect to", " ", "\n", "\t", "[",
        "]", "(", ":", ",", ".", "-", "mx1.example.jp", "a", "said", "10.0.0.1", "x.y", "容量", "host mx1.example.jp",
        "Host said.x ", "MX mail.example.com:", "while talking to [10.0.0.1]", "connect to mx.example.jp[", " said:"};

    /** remoteHost tries its pattern only from the first of its starts on: the same host as the plain search. */
    @Test
    void remoteHostFindsWhatThePlainSearchFinds() {
        Random random = new Random(13);
        int hosts = 0;
        for (int round = 0; round < 50_000; round++) {
            String line = joined(random, HOST_PIECES, random.nextInt(9));
            String expected = null;
            java.util.regex.Matcher matcher = Scan.HOST.matcher(line);
            while (expected == null && matcher.find()) {
                String host = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
                if (host.indexOf('.') > 0 && !host.equals("said")) {
                    expected = host;
                }
            }
            hosts += expected == null ? 0 : 1;
            assertThat(Scan.remoteHost(line)).as(line).isEqualTo(expected);
        }
        assertThat(hosts).as("texts with a host").isGreaterThan(1_000);
    }

    // A text of the given number of pieces, each drawn at random.
    private static String joined(Random random, String[] pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < count; index++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void aLineWithoutTheShapeHasNoCode() {
        assertThat(Scan.mayHoldStatus("Your message could not be delivered. Sorry.")).isFalse();
        assertThat(Scan.mayHoldStatus("version 1.7.3")).isFalse();
        assertThat(Scan.mayHoldStatus("Status: 5.1.1")).isTrue();
        assertThat(Scan.mayHoldReplyCode("host mx.example.jp said: 1234")).isTrue(); // 234 has the shape; the pattern decides
        assertThat(Scan.mayHoldReplyCode("no numbers here")).isFalse();
        assertThat(Scan.replyCode("host said: 550 5.1.1 unknown").value()).isEqualTo(550);
        assertThat(Scan.status("host said: 550 5.1.1 unknown").toString()).isEqualTo("5.1.1");
    }
}
