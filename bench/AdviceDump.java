import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.KnowledgeEntry;

/**
 * Writes every piece of advice the engine gives (best entry, others, recognised, ticket, evidence lines)
 * for the corpus, the test fixtures, the seeds and each seed example pasted alone, to compare two builds:
 * a speed change must leave this file byte for byte the same. From the work tree:
 *
 *   java -cp CLASSES:SNAKEYAML_JAR bench/AdviceDump.java /tmp/advice-before.txt
 */
public class AdviceDump {

    public static void main(String[] args) throws Exception {
        Diagnoser diagnoser = Diagnoser.withBundledKnowledge();
        Knowledge knowledge = Knowledge.bundled();
        List<Path> files = new ArrayList<>();
        for (String folder : new String[] {"../shared/corpus/labelled", "../shared/corpus/unlabelled",
                "../shared/corpus/not-bounce", "src/test/resources/fixtures", "src/test/resources/pastes",
                "src/test/resources/bounces/generated", "../shared/seeds"}) {
            try (Stream<Path> found = Files.walk(Path.of(folder))) {
                found.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            for (Diagnosis diagnosis : diagnoser.diagnoseEach(Files.readAllBytes(file))) {
                write(out, file.toString(), diagnosis);
            }
        }
        for (String row : Files.readAllLines(Path.of("src/test/resources/knowledge/seed-examples.tsv"))) {
            if (row.startsWith("#") || row.isBlank()) {
                continue;
            }
            String fragment = row.split("\t", 4)[3].replace("\\n", "\n");
            write(out, "paste:" + fragment, diagnoser.diagnose(fragment));
            out.append("fragment ").append(describe(knowledge.adviseFragment(fragment))).append('\n');
            String quoted = "> " + fragment.replace("\n", "\n> ") + "\r\n";
            out.append("fragment-quoted ").append(describe(knowledge.adviseFragment(quoted))).append('\n');
        }
        Files.writeString(Path.of(args[0]), out);
    }

    private static void write(StringBuilder out, String name, Diagnosis diagnosis) {
        out.append(name).append(' ').append(diagnosis.kind()).append('\n');
        for (DeliveryFailure failure : diagnosis.failures()) {
            out.append("  ").append(failure.recipient()).append(' ').append(describe(failure.advice())).append('\n');
        }
    }

    private static String describe(Advice advice) {
        if (advice == null) {
            return "null";
        }
        return advice.best().id() + " " + advice.others().stream().map(KnowledgeEntry::id).toList() + " "
                + advice.recognised() + " " + advice.offerTicket() + " " + advice.evidence();
    }
}
