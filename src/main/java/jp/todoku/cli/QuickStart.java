package jp.todoku.cli;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import jp.todoku.cli.launch.Launch;
import jp.todoku.cli.launch.QuickChild;

/**
 * When {@code diagnose} runs in a child JVM that uses only the quick (C1) compiler ({@link QuickChild}):
 * over a few thousand messages the optimising compiler costs more CPU time than it saves (measured:
 * about 4.2 s of CPU with it, 2.0 s without, for the corpus repeated 20 times). {@code java -jar}
 * cannot carry JVM options, hence the child. Set {@code -Dtodoku.cli.child=true} to stay in one JVM.
 */
final class QuickStart {

    static final int THRESHOLD = 2_000;

    private QuickStart() {
    }

    /**
     * The child's exit code when a child ran the command; empty when this JVM should run it. A child
     * that starts from the build's class-data archive is ready in about 0.2 s, less than this JVM
     * needs to load the engine's classes from the nested jar and warm them (issue 11: one file took
     * 0.77 s in this JVM and 0.47 s through the child, this JVM's own start included), so it runs
     * every batch; a child without the archive only pays off from {@link #THRESHOLD} inputs on. The
     * packaged jar's entry point ({@link Launch}) already starts the archive's child before Spring
     * Boot's launcher; this is the way for every other start (the jar copied without its archive,
     * a class path).
     */
    static Optional<Integer> runInChild(List<String> commandLine, IntSupplier inputs) {
        if (Boolean.getBoolean(QuickChild.CHILD) || commandLine.contains("-") || alreadyQuick()) {
            return Optional.empty();
        }
        Optional<List<String>> child = QuickChild.command(commandLine);
        if (child.isEmpty() || !QuickChild.fromArchive(child.get()) && inputs.getAsInt() < THRESHOLD) {
            return Optional.empty();
        }
        return QuickChild.run(child.get());
    }

    /** bin/todoku starts the JVM with the quick compiler already: a child would only add a JVM start. */
    private static boolean alreadyQuick() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:TieredStopAtLevel=1");
    }
}
