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
 * The reference decoder's format readers (issue 9): every wording go-sisimai's lhost/via-*.go maps to a reason,
 * set in a realistic reply line in src/test/resources/vocabulary/reader-phrases.tsv and pasted alone, and every
 * wording that only means its reason inside its own bounce format, written as a minimal bounce of that format in
 * src/test/resources/bounces/readers/ (expected.tsv there), must get the reader's reason. Lines and bounces Todoku
 * decides otherwise on purpose are kept as '#!' comments with the reason why.
 */
class ReaderPhrasesTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    record Expected(String text, String reason, String source) {
        @Override
        public String toString() {
            return reason + " ← " + text;
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(ReaderPhrasesTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(ReaderPhrasesTest.class.getResourceAsStream(path), path)) {
            return in.readAllBytes();
        }
    }

    private static List<Expected> table(String path, boolean header) throws IOException {
        List<Expected> rows = new ArrayList<>();
        for (String line : resource(path).split("\n")) {
            if (line.isBlank() || line.startsWith("#") || header && line.startsWith("file\t")) {
                continue;
            }
            String[] columns = line.split("\t");
            assertThat(columns).as("text, reason and source: " + line).hasSize(3);
            assertThat(Reason.find(columns[1])).as("a reason code: " + line).isPresent();
            rows.add(new Expected(columns[0], columns[1], columns[2]));
        }
        return rows;
    }

    static Stream<Expected> lines() throws IOException {
        return table("/vocabulary/reader-phrases.tsv", false).stream();
    }

    static Stream<Expected> bounces() throws IOException {
        return table("/bounces/readers/expected.tsv", true).stream();
    }

    @Test
    void coversTheReaderLists() throws IOException {
        assertThat(lines().count()).isGreaterThan(100);
        assertThat(bounces().count()).isGreaterThan(60);
        assertThat(Stream.concat(lines(), bounces()).map(Expected::source).distinct().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void readsTheReaderWording(Expected line) {
        Diagnosis diagnosis = DIAGNOSER.diagnose(line.text());
        assertThat(diagnosis.failures()).as(line.text()).isNotEmpty();
        assertThat(diagnosis.failures().get(0).reason().code()).as(line.text() + " (" + line.source() + ")")
                .isEqualTo(line.reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounces")
    void readsTheReaderFormat(Expected bounce) throws IOException {
        Diagnosis diagnosis = DIAGNOSER.diagnose(bytes("/bounces/readers/" + bounce.text()));
        assertThat(diagnosis.failures()).as(bounce.text()).isNotEmpty();
        assertThat(diagnosis.failures().get(0).reason().code()).as(bounce.text() + " (" + bounce.source() + ")")
                .isEqualTo(bounce.reason());
    }
}
