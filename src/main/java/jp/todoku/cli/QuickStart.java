package jp.todoku.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Large batches run in a child JVM that uses only the quick (C1) compiler: over a few thousand
 * messages the optimising compiler costs more CPU time than it saves (measured: about 4.2 s of CPU
 * with it, 2.0 s without, for the corpus repeated 20 times). {@code java -jar} cannot carry JVM
 * options, hence the child. Set {@code -Dtodoku.cli.child=true} to stay in one JVM.
 */
final class QuickStart {

    static final String CHILD = "todoku.cli.child";
    static final int THRESHOLD = 2_000;
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

    private QuickStart() {
    }

    /**
     * The child's exit code when a child ran the command; empty when this JVM should run it. A child
     * that starts from the build's class-data archive is ready in about 0.2 s, less than this JVM
     * needs to load the engine's classes from the nested jar and warm them (issue 11: one file took
     * 0.77 s in this JVM and 0.47 s through the child, this JVM's own start included), so it runs
     * every batch; a child without the archive only pays off from {@link #THRESHOLD} inputs on.
     */
    static Optional<Integer> runInChild(List<String> commandLine, IntSupplier inputs) {
        if (Boolean.getBoolean(CHILD) || commandLine.contains("-") || alreadyQuick()) {
            return Optional.empty();
        }
        Optional<List<String>> child = childCommand(commandLine);
        if (child.isEmpty() || !child.get().stream().anyMatch(option -> option.startsWith(ARCHIVE_OPTION))
                && inputs.getAsInt() < THRESHOLD) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(child.get()).inheritIO().start();
            return Optional.of(process.waitFor());
        } catch (IOException cannotStart) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** bin/todoku starts the JVM with the quick compiler already: a child would only add a JVM start. */
    private static boolean alreadyQuick() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:TieredStopAtLevel=1");
    }

    static final String EXTRACTED_JAR = "todoku.jar";
    static final String CLI_ARCHIVE = "todoku-cli.jsa";

    /**
     * The class-data-sharing archive the build trained on the CLI (see the pom), when the build
     * that made this jar also left it extracted beside it ({@code todoku/todoku.jar}, plain jars a
     * JVM can share classes from, and {@code todoku/todoku-cli.jsa}), not older than this jar. The
     * child then starts from those: the same classes, mapped instead of loaded from a nested jar.
     */
    static Optional<Path> cliArchive(Path jar) {
        try {
            Path directory = jar.toAbsolutePath().normalize().resolveSibling("todoku");
            Path extracted = directory.resolve(EXTRACTED_JAR);
            Path archive = directory.resolve(CLI_ARCHIVE);
            if (Files.isRegularFile(extracted) && Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(jar)) >= 0
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(extracted)) >= 0) {
                return Optional.of(archive);
            }
        } catch (IOException | RuntimeException unreadable) {
            // No archive: the child starts from the jar as it was given.
        }
        return Optional.empty();
    }

    private static Optional<List<String>> childCommand(List<String> commandLine) {
        Optional<String> java = ProcessHandle.current().info().command();
        String launched = System.getProperty("sun.java.command", "");
        String classPath = System.getProperty("java.class.path", "");
        if (java.isEmpty() || launched.isBlank() || classPath.isBlank()) {
            return Optional.empty();
        }
        // JVM warnings go to standard error (standard output is the command's JSON), and a stale
        // archive is passed over in silence, as -Xshare:auto then starts without it.
        List<String> command = new ArrayList<>(List.of(java.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr",
                "-D" + CHILD + "=true"));
        if (launched.startsWith(classPath) && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            // Started with "java -jar todoku.jar": the class path is the jar itself (spaces and all).
            Optional<Path> archive = cliArchive(Path.of(classPath));
            command.add("-jar");
            if (archive.isPresent()) {
                command.add(command.size() - 1, ARCHIVE_OPTION + archive.get());
                command.add(archive.get().resolveSibling(EXTRACTED_JAR).toString());
            } else {
                command.add(classPath);
            }
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(launched.split(" ", 2)[0]);
        }
        command.addAll(commandLine);
        return Optional.of(command);
    }
}
