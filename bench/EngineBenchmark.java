import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;

/**
 * A plain benchmark harness for the diagnosis engine (issue 3): the shared corpus repeated 20 times,
 * after warm-up; messages per second on one thread and on all cores, p50 and p99 per message, and
 * bytes allocated per message. Run from the work tree (see bench/README.md):
 *
 *   java -cp /tmp/build-engine/classes bench/EngineBenchmark.java [../shared/corpus] [repeat]
 */
public class EngineBenchmark {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<byte[]> messages = new ArrayList<>();
        for (String folder : new String[] {"labelled", "unlabelled", "not-bounce"}) {
            try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    messages.add(Files.readAllBytes(file));
                }
            }
        }
        List<byte[]> work = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            work.addAll(messages);
        }
        // -Dknowledge=true measures the diagnoser the CLI and the web use: decoding plus advice.
        Diagnoser diagnoser = Boolean.getBoolean("knowledge") ? Diagnoser.withBundledKnowledge() : Diagnoser.create();
        System.out.printf("corpus: %d messages x %d = %d%n", messages.size(), repeat, work.size());

        for (int pass = 0; pass < 5; pass++) {
            for (byte[] message : work) {
                diagnoser.diagnose(message);
            }
        }

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long[] nanos = new long[work.size()];
        int failures = 0;
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long started = System.nanoTime();
        for (int i = 0; i < work.size(); i++) {
            long start = System.nanoTime();
            Diagnosis diagnosis = diagnoser.diagnose(work.get(i));
            nanos[i] = System.nanoTime() - start;
            failures += diagnosis.failures().size();
        }
        double oneThreadSeconds = (System.nanoTime() - started) / 1e9;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        Arrays.sort(nanos);

        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        double allCoresSeconds = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            AtomicInteger next = new AtomicInteger();
            long parallelStart = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < cores; t++) {
                done.add(pool.submit(() -> {
                    int index;
                    while ((index = next.getAndIncrement()) < work.size()) {
                        diagnoser.diagnose(work.get(index));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            allCoresSeconds = Math.min(allCoresSeconds, (System.nanoTime() - parallelStart) / 1e9);
        }
        pool.shutdown();

        System.out.printf("one thread:  %,.0f messages/s (%d failures decoded per pass)%n", work.size() / oneThreadSeconds, failures);
        System.out.printf("all %d cores: %,.0f messages/s (best of 3)%n", cores, work.size() / allCoresSeconds);
        System.out.printf("per message: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
        System.out.printf("allocated:   %,d bytes per message%n", allocated / work.size());
    }
}
