package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    static Stream<VocabularyTable.Row> lines() throws IOException {
        return VocabularyTable.read("/vocabulary/reader-phrases.tsv").stream();
    }

    static Stream<VocabularyTable.Row> bounces() throws IOException {
        return VocabularyTable.read("/bounces/readers/expected.tsv", "file").stream();
    }

    @Test
    void coversTheReaderLists() throws IOException {
        assertThat(lines().count()).isGreaterThan(100);
        assertThat(bounces().count()).isGreaterThan(60);
        assertThat(Stream.concat(lines(), bounces()).map(VocabularyTable.Row::source).distinct().count())
                .isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void readsTheReaderWording(VocabularyTable.Row line) {
        VocabularyTable.assertReadsText(line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounces")
    void readsTheReaderFormat(VocabularyTable.Row bounce) throws IOException {
        VocabularyTable.assertReadsFile("/bounces/readers/", bounce);
    }
}
