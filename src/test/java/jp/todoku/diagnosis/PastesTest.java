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
 * Customer pastes as they come (issue 9): webmail notices in Japanese and English around the
 * server's reply, mail-client dialogs, quoted, wrapped, full-width, code-less. Each must get the
 * reason a support person gives and the expected knowledge entry, through the same front door the
 * site and the CLI use, and the same answer with CRLF and CR line ends.
 */
class PastesTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    record Paste(String file, String reason, String entry) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Paste> pastes() throws IOException {
        List<Paste> pastes = new ArrayList<>();
        for (String line : read("expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            pastes.add(new Paste(columns[0], columns[1], columns[2]));
        }
        assertThat(pastes).hasSizeGreaterThanOrEqualTo(60);
        return pastes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void readAsACustomerPastedIt(Paste paste) throws IOException {
        String text = read(paste.file());
        for (String variant : List.of(text, text.replace("\n", "\r\n"), text.replace("\n", "\r"))) {
            Diagnosis diagnosis = DIAGNOSER.diagnose(variant);
            assertThat(diagnosis.failures()).as(paste.file()).isNotEmpty();
            DeliveryFailure failure = diagnosis.failures().get(0);
            assertThat(failure.reason().code()).as(paste.file() + " reason").isEqualTo(paste.reason());
            assertThat(failure.advice()).as(paste.file() + " advice").isNotNull();
            assertThat(failure.advice().best().id()).as(paste.file() + " entry").isEqualTo(paste.entry());
            assertThat(failure.advice().recognised()).as(paste.file() + " recognised").isTrue();
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(PastesTest.class.getResourceAsStream("/pastes/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
