package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The vocabulary tables the table-driven tests read (server-texts.tsv, reference-phrases.tsv,
 * reader-phrases.tsv, bounces/readers/expected.tsv): UTF-8, one row a line, {@code text <TAB> reason
 * <TAB> source}, lines starting with {@code #} ignored; and the one check they all make.
 */
final class VocabularyTable {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    /** One row: what is pasted (or the fixture's file name), the reason it must get, where it comes from. */
    record Row(String text, String reason, String source) {
        @Override
        public String toString() {
            return reason + " ← " + text;
        }
    }

    private VocabularyTable() {
    }

    /** The rows of a classpath resource; {@code header} names a first column that marks a header line. */
    static List<Row> read(String resource, String header) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : new String(bytes(resource), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#") || header != null && line.startsWith(header + "\t")) {
                continue;
            }
            String[] columns = line.split("\t");
            assertThat(columns).as("text, reason and source: " + line).hasSize(3);
            assertThat(Reason.find(columns[1])).as("a reason code: " + line).isPresent();
            rows.add(new Row(columns[0], columns[1], columns[2]));
        }
        return rows;
    }

    static List<Row> read(String resource) throws IOException {
        return read(resource, null);
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(VocabularyTable.class.getResourceAsStream(resource), resource)) {
            return in.readAllBytes();
        }
    }

    /** The row's text pasted alone: its first failure has the row's reason. */
    static void assertReadsText(Row row) {
        assertFirstReason(DIAGNOSER.diagnose(row.text()), row.text(), row);
    }

    /** The fixture named by the row's text, under {@code folder}: its first failure has the row's reason. */
    static void assertReadsFile(String folder, Row row) throws IOException {
        assertFirstReason(DIAGNOSER.diagnose(bytes(folder + row.text())), row.text(), row);
    }

    private static void assertFirstReason(Diagnosis diagnosis, String what, Row row) {
        assertThat(diagnosis.failures()).as(what).isNotEmpty();
        DeliveryFailure failure = diagnosis.failures().get(0);
        assertThat(failure.reason().code()).as(what + " (" + row.source() + ")").isEqualTo(row.reason());
    }
}
