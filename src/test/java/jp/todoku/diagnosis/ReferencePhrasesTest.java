package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference decoder's reason vocabulary (issue 9): every wording of go-sisimai's reason/why-*.go, set in a
 * realistic reply line in src/test/resources/vocabulary/reference-phrases.tsv, pasted alone, must get the
 * reason that decoder's order gives it. Lines Todoku decides otherwise on purpose are kept there as comments.
 */
class ReferencePhrasesTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    record ReferenceLine(String text, String reason, String source) {
        @Override
        public String toString() {
            return reason + " ← " + text;
        }
    }

    static Stream<ReferenceLine> lines() throws IOException {
        List<ReferenceLine> lines = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                ReferencePhrasesTest.class.getResourceAsStream("/vocabulary/reference-phrases.tsv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).as("text, reason and source: " + line).hasSize(3);
                lines.add(new ReferenceLine(columns[0], columns[1], columns[2]));
            }
        }
        return lines.stream();
    }

    @Test
    void coversTheReferenceLists() throws IOException {
        assertThat(lines().count()).isGreaterThan(600);
        assertThat(lines().map(ReferenceLine::reason).distinct().count()).isGreaterThanOrEqualTo(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void readsTheReferenceWording(ReferenceLine line) {
        Diagnosis diagnosis = DIAGNOSER.diagnose(line.text());
        assertThat(diagnosis.failures()).as(line.text()).isNotEmpty();
        DeliveryFailure failure = diagnosis.failures().get(0);
        assertThat(failure.reason().code()).as(line.text() + " (" + line.source() + ")").isEqualTo(line.reason());
    }
}
