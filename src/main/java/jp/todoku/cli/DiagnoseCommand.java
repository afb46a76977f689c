package jp.todoku.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;

/**
 * {@code diagnose PATH...}: prints one JSON line per decoded recipient of every file, directory
 * entry, mbox message or standard input ({@code -}). Files are read on all cores; output keeps the
 * order of the arguments and directory listings.
 */
final class DiagnoseCommand implements CommandLine.Command {

    private static final String USAGE =
            "usage: diagnose [--lang ja|en] PATH... (files, directories, mbox files, or - for standard input)";

    private Diagnoser diagnoser;
    private Language language = Language.JA;
    private final ConcurrentHashMap<String, KnowledgeJson> knowledgeJson = new ConcurrentHashMap<>();

    @Override
    public int run(String[] arguments, InputStream in, PrintStream out, PrintStream err) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.equals("--lang") || argument.startsWith("--lang=")) {
                String tag = argument.equals("--lang") ? (i + 1 < arguments.length ? arguments[++i] : "") : argument.substring(7);
                java.util.Optional<Language> chosen = Language.find(tag);
                if (chosen.isEmpty()) {
                    err.println("unknown language '" + tag + "': use ja or en");
                    return 2;
                }
                language = chosen.get();
            } else {
                paths.add(argument);
            }
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (CommandLine.isStandardOutput(out)) {
            // Counted (up to the threshold only) when the choice needs it: a child lists the inputs again anyway.
            List<String> commandLine = new ArrayList<>(List.of("diagnose"));
            commandLine.addAll(Arrays.asList(arguments));
            java.util.Optional<Integer> child = QuickStart.runInChild(commandLine,
                    () -> Inputs.countUpTo(paths, QuickStart.THRESHOLD));
            if (child.isPresent()) {
                return child.get();
            }
        }
        List<Path> files;
        try {
            files = Inputs.expand(paths);
        } catch (IOException unreadable) {
            err.println("cannot list input: " + unreadable.getMessage());
            return 1;
        }
        // The knowledge base takes a few hundred milliseconds to load cold (SnakeYAML, 12 files):
        // load it beside the engine's own tables. Diagnoser.withBundledKnowledge() builds those
        // first, then waits on the Knowledge class's initialisation if it is still running.
        Thread loading = new Thread(Knowledge::bundled, "knowledge-loader");
        loading.setDaemon(true);
        loading.start();
        diagnoser = Diagnoser.withBundledKnowledge();
        write(files, in, out, CommandLine.isStandardOutput(out));
        return 0;
    }

    /**
     * Diagnoses the files on a pool of one thread per core, a bounded number ahead of the output,
     * and writes each file's lines in input order as soon as it and those before it are done: the
     * output is written while later files are still read, and memory stays flat however many
     * files. For the process's own standard output (UTF-8, see CommandLine) the workers encode
     * their lines too, so the writing thread only copies bytes.
     */
    private void write(List<Path> files, InputStream in, PrintStream out, boolean utf8Out) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "diagnose");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArrayDeque<Future<Object>> ahead = new ArrayDeque<>();
            int next = 0;
            int window = threads * 32;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
            StringBuilder text = new StringBuilder(1 << 16);
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < window) {
                    Path file = files.get(next++);
                    ahead.add(pool.submit(() -> {
                        String block = render(file, in);
                        return utf8Out ? block.getBytes(StandardCharsets.UTF_8) : block;
                    }));
                }
                Object block = result(ahead.remove());
                if (block instanceof byte[] bytes) {
                    buffer.write(bytes, 0, bytes.length);
                    if (buffer.size() > 1 << 16) {
                        buffer.writeTo(out);
                        buffer.reset();
                    }
                } else {
                    text.append((String) block);
                    if (text.length() > 1 << 16) {
                        out.print(text);
                        text.setLength(0);
                    }
                }
            }
            if (buffer.size() > 0) {
                buffer.writeTo(out);
            }
            out.print(text);
            out.flush();
        } catch (IOException cannotWrite) {
            // PrintStream never throws; ByteArrayOutputStream.writeTo declares it for other streams.
            out.flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object result(Future<Object> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        } catch (ExecutionException failed) {
            // render never throws for bad input (the diagnoser catches); what it throws is rethrown as it was.
            Throwable cause = failed.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    /**
     * The {@code knowledge} object of a line, as {@link #knowledge} writes it. It depends only on
     * the entry, the language and whether the entry was recognised: a few dozen distinct objects
     * over thousands of lines, so each is written (and its Japanese escaped) once per run.
     */
    private String knowledgeJson(DeliveryFailure failure) {
        if (failure.advice() == null) {
            return null;
        }
        KnowledgeEntry entry = failure.advice().best();
        String key = language.name() + (failure.advice().recognised() ? '+' : '-') + entry.id();
        KnowledgeJson cached = knowledgeJson.get(key);
        if (cached != null && cached.entry() == entry) {
            return cached.json();
        }
        String json = knowledge(failure, language).toString();
        if (cached == null) {
            knowledgeJson.putIfAbsent(key, new KnowledgeJson(entry, json));
        }
        return json;
    }

    private record KnowledgeJson(KnowledgeEntry entry, String json) {
    }

    private String render(Path file, InputStream in) {
        String name = file.toString().equals("-") ? "-" : String.valueOf(file.getFileName());
        byte[] raw;
        try {
            raw = name.equals("-") ? readLimited(in) : readFile(file);
        } catch (IOException unreadable) {
            return new JsonLine().string("file", name).string("error", "cannot read: " + unreadable.getMessage()) + "\n";
        }
        if (raw == null) {
            return new JsonLine().string("file", name).string("error", Diagnoser.PROBLEM_TOO_LARGE)
                    .string("message", explain(Diagnoser.PROBLEM_TOO_LARGE)) + "\n";
        }
        return lines(name, diagnoser.diagnoseEach(raw));
    }

    private static byte[] readFile(Path file) throws IOException {
        if (Files.size(file) > Diagnoser.DEFAULT_SIZE_CAP) {
            return null;
        }
        return Files.readAllBytes(file);
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] raw = in.readNBytes(Diagnoser.DEFAULT_SIZE_CAP + 1);
        return raw.length > Diagnoser.DEFAULT_SIZE_CAP ? null : raw;
    }

    /** The best knowledge entry for the failure in one language: id, title, summary, steps, whoActs, keepAddress. */
    static JsonLine knowledge(DeliveryFailure failure, Language language) {
        if (failure.advice() == null) {
            return null;
        }
        KnowledgeEntry.Localized entry = failure.advice().best().localized(language);
        return new JsonLine().string("id", entry.id()).string("title", entry.title()).string("summary", entry.summary())
                .strings("steps", entry.steps()).string("whoActs", entry.whoActs())
                .optionalBool("keepAddress", entry.keepAddress()).bool("recognised", failure.advice().recognised());
    }

    private String lines(String name, List<Diagnosis> diagnoses) {
        StringBuilder out = new StringBuilder();
        int messageNumber = 0;
        for (Diagnosis diagnosis : diagnoses) {
            messageNumber++;
            Integer message = diagnoses.size() > 1 ? messageNumber : null;
            switch (diagnosis.kind()) {
                case UNREADABLE -> out.append(withMessage(new JsonLine().string("file", name), message)
                        .string("error", diagnosis.problem()).string("message", explain(diagnosis.problem()))).append('\n');
                case NOT_BOUNCE -> out.append(withMessage(new JsonLine().string("file", name), message)
                        .number("index", 0).string("kind", "not-bounce")).append('\n');
                default -> {
                    int index = 0;
                    for (DeliveryFailure failure : diagnosis.failures()) {
                        out.append(line(name, message, ++index, diagnosis.kind(), failure)
                                .json("knowledge", knowledgeJson(failure))).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Plain words for the problem keys, for people reading the command's output. */
    static String explain(String problem) {
        if (problem == null) {
            return "";
        }
        return switch (problem) {
            case Diagnoser.PROBLEM_TOO_LARGE -> "input is larger than the 10 MB limit";
            case Diagnoser.PROBLEM_EMPTY -> "input is empty";
            case Diagnoser.PROBLEM_BINARY -> "input is binary data, not mail text";
            default -> "input could not be read";
        };
    }

    private static JsonLine withMessage(JsonLine line, Integer message) {
        return message == null ? line : line.number("message", message);
    }

    static JsonLine line(String name, Integer message, int index, Diagnosis.Kind kind, DeliveryFailure failure) {
        JsonLine line = withMessage(new JsonLine().string("file", name), message).number("index", index);
        return line.string("recipient", orEmpty(failure.recipient()))
                .string("status", failure.findStatus().map(Object::toString).orElse(""))
                .string("replyCode", failure.findReplyCode().map(Object::toString).orElse(""))
                .string("reason", failure.reason().code())
                .bool("hardBounce", failure.hardBounce())
                .bool("temporary", failure.temporary())
                .string("diagnosticText", failure.diagnosticText())
                .string("remoteHost", orEmpty(failure.remoteHost()))
                .string("command", failure.findCommand().map(c -> c.label()).orElse(""))
                .string("decodedBy", failure.decodedBy())
                .string("sender", orEmpty(failure.sender()))
                .string("reportingHost", orEmpty(failure.reportingHost()))
                .string("date", failure.date() == null ? "" : failure.date().toString())
                .string("subject", orEmpty(failure.subject()))
                .string("messageId", orEmpty(failure.messageId()))
                .string("feedbackType", orEmpty(failure.feedbackType()))
                .string("kind", kind == Diagnosis.Kind.FRAGMENT ? "fragment" : "bounce")
                .string("didYouMean", Knowledge.didYouMean(failure.recipient(), failure.reason()).orElse(""));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static List<String> names(List<Path> files) {
        List<String> names = new ArrayList<>();
        files.forEach(file -> names.add(String.valueOf(file.getFileName())));
        return names;
    }
}
