import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two or more builds of the engine side by side in one JVM, each in its own class loader (its
 * classes and the libraries its package step extracted), on the quick compiler as the CLI runs.
 * Every corpus message goes through each build in turn, the order turning with each pass, so a
 * slower spell of a shared machine meets them alike. Prints per build the time per message (min
 * and median over the passes) and the median of the per-pass ratios to the first build.
 *
 * <p>Why (issue 11): on this machine the wall time of a whole run varies by a third from one
 * minute to the next, which hides changes of a few per cent; paired passes do not.
 *
 *   ./mvnw -q -Dtodoku.build.dir=/tmp/build-after -DskipTests package
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms96m -Dpasses=40 bench/EngineAB.java /tmp/build-before /tmp/build-after
 *
 * -Dcorpus=DIR names the corpus (default ../shared/corpus); -Dpasses the timed passes (15).
 */
public class EngineAB {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(System.getProperty("corpus", "../shared/corpus"));
        if (!Files.isDirectory(corpus.resolve("labelled")) || args.length == 0) {
            System.out.println("usage: EngineAB BUILD_DIR... (needs the corpus at " + corpus + ")");
            return;
        }
        List<byte[]> messages = new ArrayList<>();
        for (String folder : new String[] {"labelled", "unlabelled", "not-bounce"}) {
            try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    messages.add(Files.readAllBytes(file));
                }
            }
        }
        int passes = Integer.getInteger("passes", 15);
        int builds = args.length;
        Object[] diagnosers = new Object[builds];
        Method[] diagnoseEach = new Method[builds];
        for (int i = 0; i < builds; i++) {
            Path build = Path.of(args[i]);
            List<URL> urls = new ArrayList<>();
            urls.add(build.resolve("classes").toUri().toURL());
            try (Stream<Path> jars = Files.list(build.resolve("todoku/lib"))) {
                for (Path jar : jars.sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> diagnoser = Class.forName("jp.todoku.diagnosis.Diagnoser", true, loader);
            diagnosers[i] = diagnoser.getMethod("withBundledKnowledge").invoke(null);
            diagnoseEach[i] = diagnoser.getMethod("diagnoseEach", byte[].class);
        }
        long[][] nanos = new long[builds][passes];
        // Three untimed passes first, so every build is compiled before it is timed.
        for (int pass = -3; pass < passes; pass++) {
            for (byte[] message : messages) {
                for (int turn = 0; turn < builds; turn++) {
                    int i = Math.floorMod(turn + pass, builds);
                    long start = System.nanoTime();
                    diagnoseEach[i].invoke(diagnosers[i], (Object) message);
                    long used = System.nanoTime() - start;
                    if (pass >= 0) {
                        nanos[i][pass] += used;
                    }
                }
            }
        }
        for (int i = 1; i < builds; i++) {
            double[] ratio = new double[passes];
            for (int pass = 0; pass < passes; pass++) {
                ratio[pass] = (double) nanos[i][pass] / nanos[0][pass];
            }
            Arrays.sort(ratio);
            System.out.printf("%s / %s: per-pass ratio median %.3f (quartiles %.3f - %.3f)%n", args[i], args[0],
                    ratio[passes / 2], ratio[passes / 4], ratio[3 * passes / 4]);
        }
        for (int i = 0; i < builds; i++) {
            long[] sorted = nanos[i].clone();
            Arrays.sort(sorted);
            System.out.printf("%s: per message min %.1f us, median %.1f us (%d passes of %d messages)%n", args[i],
                    sorted[0] / 1e3 / messages.size(), sorted[passes / 2] / 1e3 / messages.size(), passes, messages.size());
        }
    }
}
