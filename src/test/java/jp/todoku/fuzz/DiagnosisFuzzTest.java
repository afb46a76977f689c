package jp.todoku.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;

/**
 * The whole diagnosis (issue 16), of uploaded bytes and of pasted text, and each mail server family's
 * reader through the same front door ({@link #mtaReaders}, seeded with one small bounce per family).
 *
 * <p>Properties: {@link Diagnoser#diagnose} never throws and never falls back to "unreadable" for an
 * input it merely failed on (that answer is the engine's own catch of a bug: only empty, binary and
 * too-large inputs may be unreadable); the answer is bounded; LF, CRLF and CR line ends give the same
 * answer; each input takes bounded time ({@link Bounds}).
 */
class DiagnosisFuzzTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    static {
        DIAGNOSER.diagnose("550 5.1.1 <taro@example.jp>: User unknown");
    }

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void bytes(byte[] input) {
        checkBytes(input);
    }

    @FuzzTest(maxDuration = "10m")
    void mtaReaders(byte[] input) {
        checkBytes(input);
    }

    @FuzzTest(maxDuration = "10m")
    void text(byte[] input) {
        String lf = Bounds.lf(new String(input, StandardCharsets.UTF_8));
        Diagnosis diagnosis = diagnoseText(lf);
        assertThat(diagnoseText(Bounds.crlf(lf))).as("CRLF").isEqualTo(diagnosis);
        assertThat(diagnoseText(Bounds.cr(lf))).as("CR").isEqualTo(diagnosis);
    }

    private void checkBytes(byte[] input) {
        if (input.length > Bounds.MAX_INPUT) {
            return;
        }
        String lf = Bounds.lf(Bounds.latin1(input));
        Diagnosis diagnosis = diagnoseBytes(Bounds.bytes(lf));
        assertThat(diagnoseBytes(Bounds.bytes(Bounds.crlf(lf)))).as("CRLF").isEqualTo(diagnosis);
        assertThat(diagnoseBytes(Bounds.bytes(Bounds.cr(lf)))).as("CR").isEqualTo(diagnosis);
    }

    private Diagnosis diagnoseBytes(byte[] raw) {
        Diagnosis diagnosis = bounds.timed("diagnose(bytes)", raw.length, () -> DIAGNOSER.diagnose(raw));
        checkAnswer(diagnosis, raw.length);
        return diagnosis;
    }

    private Diagnosis diagnoseText(String text) {
        Diagnosis diagnosis = bounds.timed("diagnose(text)", text.length(), () -> DIAGNOSER.diagnose(text));
        checkAnswer(diagnosis, text.length());
        return diagnosis;
    }

    static void checkAnswer(Diagnosis diagnosis, int inputSize) {
        assertThat(diagnosis).isNotNull();
        if (diagnosis.kind() == Diagnosis.Kind.UNREADABLE) {
            assertThat(diagnosis.problem()).as("an unreadable answer for a readable input is a caught bug")
                    .isIn(Diagnoser.PROBLEM_EMPTY, Diagnoser.PROBLEM_BINARY, Diagnoser.PROBLEM_TOO_LARGE);
        }
        Bounds.outputBounded("failures", diagnosis.failures().size(), inputSize, 1, 10);
        long chars = 0;
        for (DeliveryFailure failure : diagnosis.failures()) {
            assertThat(failure.reason()).isNotNull();
            chars += length(failure.recipient()) + length(failure.sender()) + length(failure.diagnosticText())
                    + length(failure.remoteHost()) + length(failure.reportingHost()) + length(failure.subject())
                    + length(failure.messageId()) + length(failure.feedbackType());
        }
        // Each failure may repeat the report's own fields (subject, sender ...): bounded by the input per failure.
        Bounds.outputBounded("text of the failures", chars, inputSize, 8 * Math.max(1, diagnosis.failures().size()), 4096);
    }

    private static long length(String value) {
        return value == null ? 0 : value.length();
    }
}
