package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared bounce corpus (../shared/corpus, read in place, never copied): every file decodes,
 * line endings never change a result, and messages that are not bounces are reported so.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("../shared/corpus");

    private final Diagnoser diagnoser = Diagnoser.create();

    static List<Path> files(String folder) throws IOException {
        Path directory = CORPUS.resolve(folder);
        assumeTrue(Files.isDirectory(directory), "the shared corpus is not at " + directory.toAbsolutePath() + "; skipped");
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everyLabelledFileDecodesToABounce() throws IOException {
        List<String> notDecoded = new ArrayList<>();
        for (Path file : files("labelled")) {
            Diagnosis diagnosis = diagnoser.diagnose(Files.readAllBytes(file));
            if (diagnosis.kind() != Diagnosis.Kind.BOUNCE || diagnosis.failures().isEmpty()) {
                notDecoded.add(file.getFileName() + " " + diagnosis.kind());
            }
        }
        assertThat(notDecoded).isEmpty();
    }

    @Test
    void everyUnlabelledFileDecodesWithoutError() throws IOException {
        for (Path file : files("unlabelled")) {
            Diagnosis diagnosis = diagnoser.diagnose(Files.readAllBytes(file));
            assertThat(diagnosis.kind()).as(file.getFileName().toString()).isEqualTo(Diagnosis.Kind.BOUNCE);
            assertThat(diagnosis.failures()).as(file.getFileName().toString()).isNotEmpty();
        }
    }

    @Test
    void notBouncesAreReportedSo() throws IOException {
        for (Path file : files("not-bounce")) {
            assertThat(diagnoser.diagnose(Files.readAllBytes(file)).kind()).as(file.getFileName().toString())
                    .isEqualTo(Diagnosis.Kind.NOT_BOUNCE);
        }
    }

    @Test
    void lfCrlfAndCrGiveIdenticalResults() throws IOException {
        List<Path> all = new ArrayList<>(files("labelled"));
        all.addAll(files("unlabelled"));
        all.addAll(files("not-bounce"));
        for (Path file : all) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .replace("\r\n", "\n").replace('\r', '\n');
            Diagnosis lf = diagnoser.diagnose(text.getBytes(StandardCharsets.ISO_8859_1));
            Diagnosis crlf = diagnoser.diagnose(text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Diagnosis cr = diagnoser.diagnose(text.replace("\n", "\r").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(crlf).as("CRLF " + file.getFileName()).isEqualTo(lf);
            assertThat(cr).as("CR " + file.getFileName()).isEqualTo(lf);
        }
    }
}
