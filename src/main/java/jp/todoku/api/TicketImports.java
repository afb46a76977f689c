package jp.todoku.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import jp.todoku.selfservice.Diagnoses;
import jp.todoku.selfservice.TicketIntake;
import jp.todoku.tickets.ImportDraft;
import jp.todoku.tickets.TicketDraft;
import jp.todoku.tickets.TicketImporter;
import jp.todoku.tickets.TicketStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports tickets from JSON Lines (issue 15), each line the body of {@code POST /api/v1/tickets} plus the
 * fields of {@link ImportLine}. Every paste is checked and diagnosed as the API does; lines are checked and
 * diagnosed on all cores while an earlier batch is written. A line that cannot be taken is reported with
 * its number and reason and skipped; a line seen before (same old number, or same content) is counted as
 * a duplicate and not written again, and a line already in the database is not even diagnosed.
 */
@Service
public class TicketImports {

    /** What an import did, line by line. */
    public record Summary(long lines, long created, long duplicates, long refused, long seconds) {
    }

    /** A line's outcome: a diagnosed ticket, a refusal, or a duplicate of a ticket imported before. */
    record Parsed(long number, ImportDraft ticket, String refusal, boolean duplicate) {
    }

    /** A line that passed the API's checks (refusal null), with what it becomes before its paste is diagnosed. */
    private record Checked(ImportLine line, TicketRequest body, TicketDraft draft, String reference, String key,
                           Instant createdAt, TicketStatus status, String assignee, String refusal) {
        static Checked refused(ImportLine line, String refusal) {
            return new Checked(line, null, null, null, null, null, null, null, refusal);
        }
    }

    /** Batches checked and diagnosed beyond the one being written (memory: a few batches of lines). */
    private static final int AHEAD = 2;

    private final TicketIntake intake;
    private final Diagnoses diagnoses;
    private final TicketImporter importer;
    private final Validator validator;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    TicketImports(TicketIntake intake, Diagnoses diagnoses, TicketImporter importer, Validator validator,
                  MessageSource messages, JsonMapper json, Clock clock) {
        this.intake = intake;
        this.diagnoses = diagnoses;
        this.importer = importer;
        this.validator = validator;
        this.messages = messages;
        // The extra fields (reference, createdAt ...) are read from the tree; the body mapping ignores them.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.clock = clock;
    }

    /** Reads every line; reports refusals and progress on {@code report} in the given language. */
    public Summary run(BufferedReader input, int batchSize, Locale language, PrintStream report) throws IOException {
        long started = System.nanoTime();
        long lastReport = started;
        long[] totals = new long[4]; // lines, created, duplicates, refused
        ForkJoinPool workers = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        // A bounded pipeline: this thread reads and writes, the workers check and diagnose up to AHEAD batches
        // beyond the one being written, so neither waits for the other while the file lasts.
        Deque<Future<List<Parsed>>> ahead = new ArrayDeque<>();
        try {
            boolean more = true;
            while (true) {
                while (more && ahead.size() < AHEAD) {
                    List<ImportLine> lines = readBatch(input, batchSize, totals);
                    more = lines.size() == batchSize;
                    if (!lines.isEmpty()) {
                        ahead.add(prepareLater(workers, lines, language));
                    }
                }
                Future<List<Parsed>> next = ahead.poll();
                if (next == null) {
                    break;
                }
                write(next.get(), language, report, totals);
                if (System.nanoTime() - lastReport > 5_000_000_000L) {
                    lastReport = System.nanoTime();
                    report.println(progress(totals, started, language));
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IOException(failed.getCause());
        } finally {
            workers.shutdownNow();
        }
        long seconds = Math.max(0, (System.nanoTime() - started) / 1_000_000_000L);
        return new Summary(totals[0], totals[1], totals[2], totals[3], seconds);
    }

    public String describe(Summary summary, Locale language) {
        return messages.getMessage("import.summary", new Object[] {summary.lines(), summary.created(),
                summary.duplicates(), summary.refused(), summary.seconds()}, language);
    }

    private String progress(long[] totals, long started, Locale language) {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        return messages.getMessage("import.progress", new Object[] {totals[0], totals[1], totals[2], totals[3],
                Math.round(totals[0] / seconds)}, language);
    }

    private void write(List<Parsed> batch, Locale language, PrintStream report, long[] totals) {
        List<ImportDraft> tickets = new ArrayList<>();
        for (Parsed line : batch) {
            if (line.refusal() != null) {
                totals[3]++;
                report.println(messages.getMessage("import.line.refused", new Object[] {line.number(), line.refusal()},
                        language));
            } else if (line.duplicate()) {
                totals[2]++;
            } else if (line.ticket() != null) {
                tickets.add(line.ticket());
            }
        }
        if (!tickets.isEmpty()) {
            // Still checked again in the batch's own transaction: a line may repeat one of a batch written since.
            TicketImporter.BatchResult result = importer.write(tickets);
            totals[1] += result.created();
            totals[2] += result.duplicateKeys().size();
        }
    }

    private static List<ImportLine> readBatch(BufferedReader input, int batchSize, long[] totals) throws IOException {
        List<ImportLine> lines = new ArrayList<>(batchSize);
        String text;
        while (lines.size() < batchSize && (text = input.readLine()) != null) {
            totals[0]++;
            if (!text.isBlank()) {
                lines.add(new ImportLine(totals[0], text, null));
            }
        }
        return lines;
    }

    private Future<List<Parsed>> prepareLater(ForkJoinPool workers, List<ImportLine> lines, Locale language) {
        return workers.submit(() -> prepare(lines, language));
    }

    /**
     * One batch, in line order: every line checked as the API checks it (cheap), then the keys of those that
     * pass looked up in one query, then only the lines not imported before diagnosed (the dear part), all on
     * the workers. A re-imported file is thus read and checked, not diagnosed again.
     */
    List<Parsed> prepare(List<ImportLine> lines, Locale language) {
        List<Checked> checked = lines.parallelStream().map(line -> check(line, language)).toList();
        Set<String> existing = importer.existingKeys(checked.stream().filter(line -> line.refusal() == null)
                .map(Checked::key).toList());
        return checked.parallelStream().map(line -> line.refusal() != null ? refused(line.line(), line.refusal())
                : existing.contains(line.key()) ? new Parsed(line.line().number(), null, null, true)
                : diagnose(line, language)).toList();
    }

    /** One line to a diagnosed ticket, or the reason it cannot be one. */
    Parsed parse(ImportLine raw, Locale language) {
        Checked line = check(raw, language);
        return line.refusal() != null ? refused(line.line(), line.refusal()) : diagnose(line, language);
    }

    /** Everything the API checks before diagnosing: JSON, the request's constraints, the paste, the import fields. */
    private Checked check(ImportLine raw, Locale language) {
        JsonNode tree;
        try {
            tree = json.readTree(raw.text());
        } catch (JacksonException malformed) {
            return Checked.refused(raw, message("import.line.json", language, malformed.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            return Checked.refused(raw, message("import.line.object", language));
        }
        ImportLine line = new ImportLine(raw.number(), raw.text(), tree);
        try {
            TicketRequest body = json.treeToValue(tree, TicketRequest.class);
            Set<ConstraintViolation<TicketRequest>> violations = validator.validate(body);
            if (!violations.isEmpty()) {
                return Checked.refused(line, violations(violations, language));
            }
            Optional<String> problem = body.errorText() == null || body.errorText().isBlank() ? Optional.empty()
                    : diagnoses.findProblem(body.errorText());
            if (problem.isPresent()) {
                return Checked.refused(line, message(problem.get(), language, diagnoses.maxBytes() / (1024 * 1024)));
            }
            Instant now = clock.instant();
            Instant createdAt = line.createdAt().orElse(now);
            if (createdAt.isAfter(now)) {
                return Checked.refused(line, message("import.line.created-at", language));
            }
            // In the order the fields were always read, so a line with several faults reports the same one.
            TicketDraft draft = body.toDraft();
            String reference = line.reference().orElse(null);
            String key = line.importKey();
            TicketStatus status = line.status().orElse(TicketStatus.NEW);
            String assignee = line.assignee().orElse(null);
            ImportDraft.check(reference, key, assignee);
            return new Checked(line, body, draft, reference, key, createdAt, status, assignee, null);
        } catch (JacksonException mismatch) {
            return Checked.refused(line, message("import.line.json", language, mismatch.getOriginalMessage()));
        } catch (IllegalArgumentException refused) {
            return Checked.refused(line, refusal(refused, language));
        }
    }

    /** The paste diagnosed as the site does, and the ticket made of it. */
    private Parsed diagnose(Checked line, Locale language) {
        try {
            ImportDraft ticket = new ImportDraft(intake.diagnosed(line.draft(), line.body().errorText()), line.reference(),
                    line.key(), line.createdAt(), line.status(), line.assignee());
            return new Parsed(line.line().number(), ticket, null, false);
        } catch (IllegalArgumentException refused) {
            return refused(line.line(), refusal(refused, language));
        }
    }

    private String refusal(IllegalArgumentException refused, Locale language) {
        String reason = refused.getMessage() == null ? "" : refused.getMessage();
        // The ticket's own checks (questionnaire answers, required fields) speak English to the code:
        // the operator reads the refusal in their language, with that detail after it.
        return reason.startsWith("import.") ? message(reason, language) : message("import.line.ticket", language, reason);
    }

    private String violations(Set<ConstraintViolation<TicketRequest>> violations, Locale language) {
        StringJoiner reasons = new StringJoiner("; ");
        violations.stream().sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String template = violation.getMessageTemplate();
                    String text = template.startsWith("{") && template.endsWith("}")
                            ? messages.getMessage(template.substring(1, template.length() - 1), null, violation.getMessage(),
                            language) : violation.getMessage();
                    reasons.add(messages.getMessage("api.problem.invalid.field",
                            new Object[] {violation.getPropertyPath().toString(), text}, language));
                });
        return reasons.toString();
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, key, language);
    }

    private static Parsed refused(ImportLine line, String reason) {
        return new Parsed(line.number(), null, reason, false);
    }
}
