package jp.todoku.diagnosis.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.MatchKind;
import jp.todoku.diagnosis.phrase.Phrase;
import jp.todoku.diagnosis.phrase.PhraseList;
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

    private record Hint(SmtpCommand command, PhraseList phrase) {
    }

    private final List<Hint> hints;

    private StepHints(List<Hint> hints) {
        this.hints = List.copyOf(hints);
    }

    static StepHints load(String table, List<TableLine> lines) {
        List<Hint> hints = new ArrayList<>();
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
            hints.add(new Hint(command, new PhraseList(table + ":" + line.number(), List.of(phrase))));
        }
        if (hints.isEmpty()) {
            throw new TableFormatException(table, "has no hints");
        }
        return new StepHints(hints);
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
        for (Hint hint : hints) {
            if (hint.phrase().matches(normalisedText)) {
                return Optional.of(hint.command());
            }
        }
        return Optional.empty();
    }

    int size() {
        return hints.size();
    }
}
