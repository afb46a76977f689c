package jp.todoku.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line front door: {@code java -jar todoku.jar COMMAND ARGS...} runs a command without
 * starting Spring or the web server, so batch work starts in well under a second.
 */
public final class CommandLine {

    /** One command-line command; returns the process exit code. */
    public interface Command {
        int run(String[] arguments, InputStream in, PrintStream out, PrintStream err);
    }

    // An explicit list: commands are added here by name, no scanning.
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("diagnose", new DiagnoseCommand());
        COMMANDS.put("eval", new EvalCommand());
        COMMANDS.put("dns", new DnsCommand());
        COMMANDS.put("import-tickets", new ImportTicketsCommand());
    }

    private CommandLine() {
    }

    public static Optional<Command> findCommand(String name) {
        return Optional.ofNullable(COMMANDS.get(name));
    }

    /** True when the first argument names a command, so the caller must not start the web server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs a command straight from compiled classes: {@code java -cp classes jp.todoku.cli.CommandLine eval ...}. */
    public static void main(String[] args) {
        if (!handles(args)) {
            System.err.println("commands: " + String.join(", ", COMMANDS.keySet()));
            System.exit(2);
        }
        runAndExit(args);
    }

    /**
     * Runs the command named by the first argument on the process's streams, as UTF-8 whatever the
     * platform default (a container's may be ASCII, and error texts are Japanese), then exits.
     */
    public static void runAndExit(String[] args) {
        PrintStream out = standardOutput();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int exit = run(args, System.in, out, err);
        out.flush();
        System.exit(exit);
    }

    private static PrintStream standardOutput;

    private static synchronized PrintStream standardOutput() {
        if (standardOutput == null) {
            standardOutput = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        }
        return standardOutput;
    }

    static synchronized boolean isStandardOutput(PrintStream out) {
        return out == standardOutput;
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Command command = COMMANDS.get(args[0]);
        return command.run(Arrays.copyOfRange(args, 1, args.length), in, out, err);
    }
}
