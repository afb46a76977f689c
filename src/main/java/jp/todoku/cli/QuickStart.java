package jp.todoku.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Large batches run in a child JVM that uses only the quick (C1) compiler: over a few thousand
 * messages the optimising compiler costs more CPU time than it saves (measured: about 4.2 s of CPU
 * with it, 2.0 s without, for the corpus repeated 20 times). {@code java -jar} cannot carry JVM
 * options, hence the child. Set {@code -Dtodoku.cli.child=true} to stay in one JVM.
 */
final class QuickStart {

    static final String CHILD = "todoku.cli.child";
    static final int THRESHOLD = 2_000;

    private QuickStart() {
    }

    /** The child's exit code when a child ran the command; empty when this JVM should run it. */
    static Optional<Integer> runInChild(List<String> commandLine, int inputs) {
        if (inputs < THRESHOLD || Boolean.getBoolean(CHILD) || commandLine.contains("-") || alreadyQuick()) {
            return Optional.empty();
        }
        Optional<List<String>> child = childCommand(commandLine);
        if (child.isEmpty()) {
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

    private static Optional<List<String>> childCommand(List<String> commandLine) {
        Optional<String> java = ProcessHandle.current().info().command();
        String launched = System.getProperty("sun.java.command", "");
        String classPath = System.getProperty("java.class.path", "");
        if (java.isEmpty() || launched.isBlank() || classPath.isBlank()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-D" + CHILD + "=true"));
        if (launched.startsWith(classPath) && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            // Started with "java -jar todoku.jar": the class path is the jar itself (spaces and all).
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(launched.split(" ", 2)[0]);
        }
        command.addAll(commandLine);
        return Optional.of(command);
    }
}
