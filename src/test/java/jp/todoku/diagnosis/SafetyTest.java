package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial input: the engine must answer (never throw) for each. Timings are measured by the
 * benchmark, not asserted here; these inputs finishing at all is what a quadratic scan would break.
 */
class SafetyTest {

    private final Diagnoser diagnoser = Diagnoser.create();

    static Stream<Arguments> hostileInputs() {
        String head = "From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered Mail\n";
        StringBuilder nested = new StringBuilder(head + "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int depth = 1; depth <= 1_000; depth++) {
            nested.append("--b").append(depth - 1).append("\nContent-Type: multipart/mixed; boundary=\"b").append(depth)
                    .append("\"\n\n");
        }
        StringBuilder longHeader = new StringBuilder(head + "X-Long: start\n");
        for (int line = 0; line < 100_000; line++) {
            longHeader.append(" continued line ").append(line).append('\n');
        }
        longHeader.append("\n<x@example.org>: 550 5.1.1 unknown\n");
        StringBuilder manyRecipients = new StringBuilder(head + "Content-Type: multipart/report; boundary=b\n\n--b\n"
                + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x.example.net\n\n");
        for (int i = 0; i < 5_000; i++) {
            manyRecipients.append("Final-Recipient: rfc822; user").append(i).append("@example.org\nStatus: 5.1.1\n\n");
        }
        return Stream.of(
                Arguments.of("5,000 recipients in one report", manyRecipients.toString().getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("2 MB of one character", "a".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("2 MB of @", "@".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("2 MB of digits and dots", "5.".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("header of 100,000 lines", longHeader.toString().getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("MIME nested 1,000 deep", nested.toString().getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("boundary never closes", (head + "Content-Type: multipart/report; boundary=\"open\"\n\n--open\n"
                        + "Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; y@example.org\nStatus: 5.1.1\n")
                        .getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("invalid base64", (head + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
                        + "!!!!====****@@@@\nQUJD=RE\n").getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("NUL bytes", new byte[100_000]),
                Arguments.of("NUL bytes inside a bounce", (head + "\n<z@example.org>:\u0000\u0000 550 5.1.1 unknown\u0000\n")
                        .getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("only line ends", "\r\n\r\r\n\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("random bytes", randomBytes()),
                Arguments.of("empty", new byte[0]));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[500_000];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void answersWithoutThrowing(String name, byte[] input) {
        assertThatCode(() -> {
            Diagnosis diagnosis = diagnoser.diagnose(input);
            assertThat(diagnosis).isNotNull();
            assertThat(diagnosis.kind()).isNotNull();
        }).doesNotThrowAnyException();
    }

    @Test
    void inputOverTheSizeCapIsRefusedWithAProblemKey() {
        byte[] big = new byte[Diagnoser.DEFAULT_SIZE_CAP + 1];

        Diagnosis diagnosis = diagnoser.diagnose(big);

        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.UNREADABLE);
        assertThat(diagnosis.findProblem()).contains(Diagnoser.PROBLEM_TOO_LARGE);
    }

    @Test
    void aSmallerCapAppliesToTextToo() {
        Diagnosis diagnosis = diagnoser.withSizeCap(100).diagnose("x".repeat(101));

        assertThat(diagnosis.findProblem()).contains(Diagnoser.PROBLEM_TOO_LARGE);
    }

    @Test
    void binaryInputIsUnreadable() {
        byte[] image = new byte[2_000];
        new java.util.Random(3).nextBytes(image);
        java.util.Arrays.fill(image, 0, 500, (byte) 0);

        assertThat(diagnoser.diagnose(image).findProblem()).contains(Diagnoser.PROBLEM_BINARY);
    }

    @Test
    void emptyInputIsUnreadable() {
        assertThat(diagnoser.diagnose(new byte[0]).findProblem()).contains(Diagnoser.PROBLEM_EMPTY);
        assertThat(diagnoser.diagnose((String) null).findProblem()).contains(Diagnoser.PROBLEM_EMPTY);
        assertThat(diagnoser.diagnose("   \n\n").findProblem()).contains(Diagnoser.PROBLEM_EMPTY);
    }

    @Test
    void aDeepNestingStillFindsNothingFalse() {
        StringBuilder nested = new StringBuilder("From: friend@example.com\nTo: me@example.org\nSubject: hi\n"
                + "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int depth = 1; depth <= 1_000; depth++) {
            nested.append("--b").append(depth - 1).append("\nContent-Type: multipart/mixed; boundary=\"b").append(depth)
                    .append("\"\n\n");
        }
        assertThat(diagnoser.diagnose(nested.toString()).kind()).isEqualTo(Diagnosis.Kind.NOT_BOUNCE);
    }
}
