package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vocabulary measured on what servers write (issue 9), not on the corpus: each server text of
 * src/test/resources/vocabulary/server-texts.tsv, with the source it comes from, pasted alone.
 */
class ServerTextsTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    record ServerText(String text, String reason, String source) {
        @Override
        public String toString() {
            return reason + " ← " + text;
        }
    }

    static Stream<ServerText> texts() throws IOException {
        List<ServerText> texts = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ServerTextsTest.class.getResourceAsStream("/vocabulary/server-texts.tsv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).as("text, reason and source: " + line).hasSize(3);
                texts.add(new ServerText(columns[0], columns[1], columns[2]));
            }
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void readsWhatTheServerWrote(ServerText server) {
        Diagnosis diagnosis = DIAGNOSER.diagnose(server.text());
        assertThat(diagnosis.failures()).as(server.text()).isNotEmpty();
        DeliveryFailure failure = diagnosis.failures().get(0);
        assertThat(failure.reason().code()).as(server.text() + " (" + server.source() + ")").isEqualTo(server.reason());
    }
}
