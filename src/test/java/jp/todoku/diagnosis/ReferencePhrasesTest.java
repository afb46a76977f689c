package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    static Stream<VocabularyTable.Row> lines() throws IOException {
        return VocabularyTable.read("/vocabulary/reference-phrases.tsv").stream();
    }

    @Test
    void coversTheReferenceLists() throws IOException {
        assertThat(lines().count()).isGreaterThan(600);
        assertThat(lines().map(VocabularyTable.Row::reason).distinct().count()).isGreaterThanOrEqualTo(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void readsTheReferenceWording(VocabularyTable.Row line) {
        VocabularyTable.assertReadsText(line);
    }
}
