package jp.todoku.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.todoku.diagnosis.message.Charsets;
import jp.todoku.diagnosis.message.EncodedWords;
import jp.todoku.diagnosis.message.MessageText;
import jp.todoku.diagnosis.message.MimeParser;
import jp.todoku.diagnosis.message.MimePart;

/**
 * The MIME reader and charset decoding (issue 16): line-end normalisation, the MIME parser, charset
 * decoding with a label that may lie, and RFC 2047 encoded words. None may throw; each is bounded in
 * time and output; line ends never change the result.
 */
class MimeFuzzTest {

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void lineFeeds(byte[] input) {
        String text = bounds.timed("latin1WithLineFeeds", input.length, () -> MessageText.latin1WithLineFeeds(input));
        assertThat(text).isEqualTo(Bounds.lf(Bounds.latin1(input))).doesNotContain("\r");
        assertThat(MessageText.latin1WithLineFeeds(Bounds.bytes(text))).isEqualTo(text);
        assertThat(MessageText.normaliseLineEnds(Bounds.latin1(input))).isEqualTo(text);
    }

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        if (input.length > Bounds.MAX_INPUT) {
            return;
        }
        String lf = MessageText.latin1WithLineFeeds(input);
        String tree = render(bounds.timed("MimeParser.parse", lf.length(), () -> MimeParser.parse(lf)), lf.length());
        String crlf = render(MimeParser.parse(MessageText.latin1WithLineFeeds(Bounds.bytes(Bounds.crlf(lf)))), lf.length());
        String cr = render(MimeParser.parse(MessageText.latin1WithLineFeeds(Bounds.bytes(Bounds.cr(lf)))), lf.length());
        assertThat(crlf).isEqualTo(tree);
        assertThat(cr).isEqualTo(tree);
    }

    /** The tree's types, header counts and decoded texts, checking the bounds on the way. */
    private String render(MimePart root, int inputSize) {
        StringBuilder out = new StringBuilder();
        int[] parts = {0};
        bounds.timedRun("MimePart.text", inputSize, () -> render(root, 0, parts, out));
        assertThat(parts[0]).isLessThanOrEqualTo(301);
        Bounds.outputBounded("decoded parts", out.length(), inputSize, 4, 4096);
        return out.toString();
    }

    private void render(MimePart part, int depth, int[] parts, StringBuilder out) {
        assertThat(depth).isLessThanOrEqualTo(21);
        parts[0]++;
        String text = part.text();
        assertThat(text).doesNotContain("\r");
        assertThat(text.length()).isLessThanOrEqualTo(part.raw().length());
        out.append(depth).append(' ').append(part.contentType().mediaType()).append(' ')
                .append(part.headers().fields().size()).append(' ').append(text.length()).append('\n');
        for (MimePart child : part.children()) {
            render(child, depth + 1, parts, out);
        }
    }

    /** The first line is the charset label, the rest the bytes. */
    @FuzzTest(maxDuration = "10m")
    void charsets(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        String label = newline < 0 ? null : new String(input, 0, newline, StandardCharsets.ISO_8859_1);
        int offset = newline < 0 ? 0 : newline + 1;
        byte[] body = Arrays.copyOfRange(input, offset, input.length);
        String text = bounds.timed("Charsets.decode", body.length, () -> Charsets.decode(body, label));
        assertThat(text.length()).as("chars for %s bytes", body.length).isLessThanOrEqualTo(body.length);
        assertThat(Charsets.decode(input, offset, input.length - offset, label)).isEqualTo(text);
    }

    @FuzzTest(maxDuration = "10m")
    void encodedWords(byte[] input) {
        String value = new String(input, StandardCharsets.UTF_8);
        String decoded = bounds.timed("EncodedWords.decode", value.length(), () -> EncodedWords.decode(value));
        assertThat(decoded.length()).isLessThanOrEqualTo(value.length());
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
