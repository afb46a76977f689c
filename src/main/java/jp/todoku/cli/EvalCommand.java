package jp.todoku.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;

/**
 * {@code eval DIR EXPECTED.tsv}: diagnoses every file the expectations name and prints agreement per
 * field and per file family, every miss, and messages per second. Scoring: an empty status agrees
 * with an expected made-up x.0.9xx code, because Todoku never shows a code no server wrote.
 */
final class EvalCommand implements CommandLine.Command {

    static final String[] FIELDS = {"reason", "status", "replyCode", "hardBounce"};

    /** One expected row of expected.tsv. */
    record Expected(String file, int index, String status, String replyCode, String reason, String hardBounce) {
    }

    /** What eval measured; {@link EvalCommand#score} gives it to tests too. */
    record Score(int rows, int missing, int extra, Map<String, Integer> agreed, Map<String, int[]> families,
                 List<String> misses, double messagesPerSecond) {
        double share(String field) {
            return rows == 0 ? 0 : 100.0 * agreed.get(field) / rows;
        }
    }

    @Override
    public int run(String[] arguments, InputStream in, PrintStream out, PrintStream err) {
        if (arguments.length != 2) {
            err.println("usage: eval DIR EXPECTED.tsv");
            return 2;
        }
        try {
            List<Expected> expected = readExpected(Path.of(arguments[1]));
            Score score = score(Diagnoser.withBundledKnowledge(), Path.of(arguments[0]), expected);
            print(score, out);
            return 0;
        } catch (IOException unreadable) {
            err.println("cannot read: " + unreadable.getMessage());
            return 1;
        }
    }

    static List<Expected> readExpected(Path tsv) throws IOException {
        List<Expected> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 6 || cells[0].equals("file")) {
                continue;
            }
            rows.add(new Expected(cells[0], Integer.parseInt(cells[1].trim()), cells[2].trim(), cells[3].trim(),
                    cells[4].trim(), cells[5].trim()));
        }
        return rows;
    }

    static Score score(Diagnoser diagnoser, Path directory, List<Expected> expected) throws IOException {
        Map<String, List<Expected>> byFile = new LinkedHashMap<>();
        for (Expected row : expected) {
            byFile.computeIfAbsent(row.file(), file -> new ArrayList<>()).add(row);
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String file : byFile.keySet()) {
            Path path = directory.resolve(file);
            if (Files.isRegularFile(path)) {
                contents.put(file, Files.readAllBytes(path));
            }
        }
        long started = System.nanoTime();
        Map<String, Diagnosis> results = new LinkedHashMap<>();
        contents.forEach((file, raw) -> results.put(file, diagnoser.diagnose(raw)));
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, Integer> agreed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            agreed.put(field, 0);
        }
        Map<String, int[]> families = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int missing = 0;
        int extra = 0;
        for (Map.Entry<String, List<Expected>> entry : byFile.entrySet()) {
            Diagnosis diagnosis = results.get(entry.getKey());
            List<DeliveryFailure> failures = diagnosis == null ? List.of() : diagnosis.failures();
            extra += Math.max(0, failures.size() - entry.getValue().size());
            for (Expected row : entry.getValue()) {
                int[] family = families.computeIfAbsent(family(row.file()), name -> new int[2]);
                family[0]++;
                if (row.index() < 1 || row.index() > failures.size()) {
                    missing++;
                    misses.add(row.file() + "\t" + row.index() + "\tmissing\t" + (diagnosis == null ? "no file" : diagnosis.kind()));
                    continue;
                }
                DeliveryFailure failure = failures.get(row.index() - 1);
                String[] ours = values(failure);
                String[] theirs = {row.reason(), row.status(), row.replyCode(), row.hardBounce()};
                boolean all = true;
                StringBuilder miss = new StringBuilder();
                for (int i = 0; i < FIELDS.length; i++) {
                    boolean same = ours[i].equals(theirs[i]) || i == 1 && ours[i].isEmpty() && isPseudo(theirs[i]);
                    if (same) {
                        agreed.merge(FIELDS[i], 1, Integer::sum);
                    } else {
                        all = false;
                        miss.append('\t').append(FIELDS[i]).append(": ").append(ours[i].isEmpty() ? "-" : ours[i])
                                .append(" (expected ").append(theirs[i].isEmpty() ? "-" : theirs[i]).append(')');
                    }
                }
                if (all) {
                    family[1]++;
                } else {
                    misses.add(row.file() + "\t" + row.index() + miss + "\t[" + failure.decodedBy() + "] "
                            + shorten(failure.diagnosticText()));
                }
            }
        }
        return new Score(expected.size(), missing, extra, agreed, families, misses,
                seconds > 0 ? contents.size() / seconds : 0);
    }

    private static String[] values(DeliveryFailure failure) {
        return new String[] {failure.reason().code(), failure.findStatus().map(Object::toString).orElse(""),
            failure.findReplyCode().map(Object::toString).orElse(""), Boolean.toString(failure.hardBounce())};
    }

    private static boolean isPseudo(String status) {
        return status.matches("[45]\\.0\\.9\\d\\d");
    }

    static String family(String file) {
        String name = file.endsWith(".eml") ? file.substring(0, file.length() - 4) : file;
        int dash = name.lastIndexOf('-');
        return dash > 0 && name.substring(dash + 1).chars().allMatch(Character::isDigit) ? name.substring(0, dash) : name;
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    static void print(Score score, PrintStream out) {
        out.println("misses:");
        score.misses().forEach(miss -> out.println("  " + miss));
        out.println();
        out.println("families (all four fields agree / rows):");
        score.families().forEach((family, counts) -> out.printf("  %-28s %3d / %3d%s%n", family, counts[1], counts[0],
                counts[1] < counts[0] ? "  *" : ""));
        out.println();
        out.printf("rows %d, missing %d (%.1f%%), extra results %d%n", score.rows(), score.missing(),
                100.0 * score.missing() / Math.max(1, score.rows()), score.extra());
        for (String field : FIELDS) {
            out.printf("  %-11s %5.1f%%  (%d / %d)%n", field, score.share(field), score.agreed().get(field), score.rows());
        }
        int allFour = score.families().values().stream().mapToInt(counts -> counts[1]).sum();
        out.printf("  %-11s %5.1f%%  (%d / %d)%n", "all four", 100.0 * allFour / Math.max(1, score.rows()), allFour, score.rows());
        out.printf("speed: %.0f messages per second (one thread, first pass, includes warm-up)%n", score.messagesPerSecond());
    }
}
