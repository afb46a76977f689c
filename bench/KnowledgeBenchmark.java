import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.Knowledge;

/**
 * A plain harness for the knowledge base (issue 4): time to load the bundled data, then advice per
 * input for the seed examples (pasted fragments) and for whole corpus messages used as fragments
 * (the worst case: every line is scanned). Run from the work tree:
 *
 *   java -cp /tmp/build-knowledge/classes:$(find ~/.m2 -name 'snakeyaml-2.6.jar') bench/KnowledgeBenchmark.java
 */
public class KnowledgeBenchmark {

    public static void main(String[] args) throws Exception {
        long loadStart = System.nanoTime();
        Knowledge knowledge = Knowledge.bundled();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        System.out.printf("load: %d entries in %.1f ms (first use, cold JVM)%n", knowledge.entries().size(), loadMillis);

        List<String> fragments = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/knowledge/seed-examples.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                fragments.add(line.split("\t", 4)[3].replace("\\n", "\n"));
            }
        }
        run(knowledge, "seed fragments", fragments);

        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        if (Files.isDirectory(corpus)) {
            List<String> messages = new ArrayList<>();
            for (String folder : new String[] {"labelled", "unlabelled", "not-bounce"}) {
                try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                    for (Path file : files.sorted().toList()) {
                        messages.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            run(knowledge, "whole corpus messages as fragments", messages);
        }
    }

    private static void run(Knowledge knowledge, String label, List<String> inputs) {
        for (int pass = 0; pass < 20; pass++) {
            for (String input : inputs) {
                knowledge.adviseFragment(input);
            }
        }
        int repeat = Math.max(1, 20_000 / inputs.size());
        long[] nanos = new long[inputs.size() * repeat];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocated = threads.getThreadAllocatedBytes(thread);
        long bytes = 0;
        long started = System.nanoTime();
        int index = 0;
        int recognised = 0;
        for (int r = 0; r < repeat; r++) {
            for (String input : inputs) {
                long start = System.nanoTime();
                Advice advice = knowledge.adviseFragment(input);
                nanos[index++] = System.nanoTime() - start;
                recognised += advice.recognised() ? 1 : 0;
                bytes += input.length();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long perInput = (threads.getThreadAllocatedBytes(thread) - allocated) / nanos.length;
        Arrays.sort(nanos);
        System.out.printf("%s: %d inputs (avg %d chars), %.0f advice/s on one thread, p50 %.1f µs, p99 %.1f µs, max %.1f µs, %d bytes allocated per input, %.0f%% recognised%n",
                label, nanos.length, bytes / nanos.length, nanos.length / seconds, nanos[nanos.length / 2] / 1e3,
                nanos[nanos.length * 99 / 100] / 1e3, nanos[nanos.length - 1] / 1e3, perInput, 100.0 * recognised / nanos.length);
    }
}
