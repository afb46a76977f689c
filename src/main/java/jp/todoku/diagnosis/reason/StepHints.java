package jp.todoku.diagnosis.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.MatchKind;
import jp.todoku.diagnosis.phrase.Phrase;
import jp.todoku.diagnosis.phrase.CodePattern;
import jp.todoku.diagnosis.phrase.PhaseGuard;
import jp.todoku.diagnosis.phrase.Rule;
import jp.todoku.diagnosis.phrase.RuleTable;
import jp.todoku.diagnosis.phrase.TableFormatException;
import jp.todoku.diagnosis.phrase.TableLine;
import jp.todoku.diagnosis.phrase.TableReader;

/**
 * When a reader could not tell at which SMTP step a failure happened, the server's text often says
 * it ("in reply to RCPT TO command", "does not like recipient", "sender was rejected"). Table layout:
 * {@code step, match, text, note}; the first line whose text occurs gives the step.
 */
final class StepHints {

    static final String RESOURCE = "diagnosis/reasons/smtp-steps.tsv";
    static final String LAYOUT = "step, match, text, note";

    private final List<SmtpCommand> commands;
    private final RuleTable phrases;

    private StepHints(List<SmtpCommand> commands, RuleTable phrases) {
        this.commands = List.copyOf(commands);
        this.phrases = phrases;
    }

    static StepHints load(String table, List<TableLine> lines) {
        List<SmtpCommand> commands = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (TableLine line : lines) {
            line.requireColumns(3, 4, LAYOUT);
            String word = line.column(0, "");
            SmtpCommand command = SmtpCommand.find(word).filter(found -> found.label().equalsIgnoreCase(word)
                    || found.name().equalsIgnoreCase(word)).orElseThrow(() -> line.fault("'" + word
                    + "' is not an SMTP step (CONN, EHLO, HELO, STARTTLS, AUTH, MAIL, RCPT, DATA, BDAT, QUIT)"));
            Phrase phrase = line.phrase(1, 2);
            if (phrase.kind() == MatchKind.ANY) {
                throw line.fault("a step hint needs a text");
            }
            // One table searched in one pass; the rule's reason is unused, its position names the step.
            commands.add(command);
            rules.add(new Rule(Reason.ON_HOLD, phrase, PhaseGuard.ANY, CodePattern.ANY, CodePattern.ANY, line.source(),
                    line.column(3, "")));
        }
        if (rules.isEmpty()) {
            throw new TableFormatException(table, "has no hints");
        }
        return new StepHints(commands, new RuleTable(table, rules));
    }

    static StepHints bundled() {
        return load(RESOURCE, TableReader.lines(RESOURCE));
    }

    /** The step the reader gave, else the one the text names, else none. */
    SmtpCommand stepOf(SmtpCommand given, Clues clues) {
        if (given != null) {
            return given;
        }
        return find(clues.text()).orElse(null);
    }

    Optional<SmtpCommand> find(String normalisedText) {
        return phrases.first(new Clues(null, null, normalisedText, null))
                .map(rule -> commands.get(phrases.rules().indexOf(rule)));
    }

    int size() {
        return commands.size();
    }
}
