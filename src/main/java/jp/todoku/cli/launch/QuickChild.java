package jp.todoku.cli.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The child JVM a command runs in to get the quick (C1) compiler and the build's command archive,
 * which {@code java -jar} cannot ask for (issue 11: over a few thousand messages the optimising
 * compiler costs more CPU than it saves, and classes mapped from the archive start in a fraction of
 * the time they take to load from a nested jar). Plain JDK only: {@link Launch} uses it from the
 * jar's root, before Spring Boot's launcher has made the application's classes visible.
 */
public final class QuickChild {

    /** Set in the child (and settable by hand) so a command never starts another child. */
    public static final String CHILD = "todoku.cli.child";
    static final String EXTRACTED_JAR = "todoku.jar";
    static final String CLI_ARCHIVE = "todoku-cli.jsa";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

    private QuickChild() {
    }

    /** The child's command line for these arguments (the command's name first); empty when this JVM cannot tell how it was started. */
    public static Optional<List<String>> command(List<String> commandLine) {
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

    /** True when the child starts from the build's command archive, so it is ready in about 0.2 s. */
    public static boolean fromArchive(List<String> command) {
        return command.stream().anyMatch(option -> option.startsWith(ARCHIVE_OPTION));
    }

    /** Runs the child on this process's standard streams; its exit code, or empty when it could not start. */
    public static Optional<Integer> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            return Optional.of(process.waitFor());
        } catch (IOException cannotStart) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

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
}
