package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One decision per failure (issue 9): over every corpus message, every fixture and every seed
 * example, the knowledge entry shown is about the reason the failure is counted as (or is an entry
 * without a reason of its own, such as an Outlook client code), and no failure whose server wrote a
 * specific status code is left undecided.
 */
class DecisionAgreementTest {

    private final Diagnoser diagnoser = Diagnoser.withBundledKnowledge();

    @Test
    void corpusMessagesAgree() throws IOException {
        Path corpus = CorpusTest.CORPUS;
        List<String> problems = new ArrayList<>();
        int failures = 0;
        for (String folder : List.of("labelled", "unlabelled")) {
            for (Path file : CorpusTest.files(folder)) {
                failures += check(file.getFileName().toString(), diagnoser.diagnose(Files.readAllBytes(file)), problems);
            }
        }
        assertThat(failures).as("failures checked in " + corpus).isGreaterThan(400);
        assertThat(problems).isEmpty();
    }

    @Test
    void fixturesAgree() throws IOException {
        List<String> problems = new ArrayList<>();
        int failures = 0;
        // The real DSNs the MTA factory made sit one folder per MTA under bounces/generated.
        for (String folder : List.of("fixtures", "pastes", "bounces/generated/postfix", "bounces/generated/exim",
                "bounces/generated/opensmtpd")) {
            Path directory = Path.of("src/test/resources", folder);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> list = Files.list(directory)) {
                for (Path file : list.filter(path -> !path.toString().endsWith(".tsv") && Files.isRegularFile(path)).sorted().toList()) {
                    failures += check(folder + "/" + file.getFileName(), diagnoser.diagnose(Files.readAllBytes(file)), problems);
                }
            }
        }
        assertThat(failures).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void seedExamplesAgree() throws IOException {
        List<String> problems = new ArrayList<>();
        int failures = 0;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/knowledge/seed-examples.tsv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 4);
                String fragment = columns[3].replace("\\n", "\n");
                failures += check("seed " + columns[0] + ":" + columns[1], diagnoser.diagnose(fragment), problems);
            }
        }
        assertThat(failures).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private static int check(String name, Diagnosis diagnosis, List<String> problems) {
        for (DeliveryFailure failure : diagnosis.failures()) {
            Advice advice = failure.advice();
            if (advice == null) {
                problems.add(name + ": no advice");
                continue;
            }
            Reason entryReason = advice.best().reason();
            if (entryReason != null && entryReason != failure.reason()) {
                problems.add(name + ": reason " + failure.reason().code() + " but entry " + advice.best().id()
                        + " is about " + entryReason.code());
            }
            boolean specificStatus = failure.findStatus().filter(status -> !status.isSuccess() && !status.isPseudo()
                    && !Strength.isClassOnly(status)).isPresent();
            if (specificStatus && failure.reason() == Reason.ON_HOLD) {
                problems.add(name + ": status " + failure.status() + " left onhold");
            }
        }
        return diagnosis.failures().size();
    }
}
