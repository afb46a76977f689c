package jp.todoku.diagnosis;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vocabulary measured on what servers write (issue 9), not on the corpus: each server text of
 * src/test/resources/vocabulary/server-texts.tsv, with the source it comes from, pasted alone.
 */
class ServerTextsTest {

    static Stream<VocabularyTable.Row> texts() throws IOException {
        return VocabularyTable.read("/vocabulary/server-texts.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void readsWhatTheServerWrote(VocabularyTable.Row server) {
        VocabularyTable.assertReadsText(server);
    }
}
