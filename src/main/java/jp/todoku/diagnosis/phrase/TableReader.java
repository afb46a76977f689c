package jp.todoku.diagnosis.phrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the engine's data tables: UTF-8 text, one entry a line, columns separated by tabs, lines
 * starting with {@code #} and blank lines ignored. A malformed line stops loading with a message that
 * names the table and the line, so a mistake in a table is found when the engine starts, not later.
 */
public final class TableReader {

    /** The layout of a rule table, also written at the top of each such file. */
    public static final String RULE_LAYOUT = "reason, match, text, phase, status, reply, note";
    /** The layout of a phrase list. */
    public static final String PHRASE_LAYOUT = "match, text, note";

    private TableReader() {
    }

    /** The data lines of a classpath resource such as {@code diagnosis/reasons/phrases.tsv}. */
    public static List<TableLine> lines(String resource) {
        InputStream stream = TableReader.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new TableFormatException(resource, "not found on the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return lines(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
    }

    /** The data lines of a table given as text (tests, and tables kept outside the classpath). */
    public static List<TableLine> lines(String table, String content) {
        try {
            return lines(table, new StringReader(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TableLine> lines(String table, Reader source) throws IOException {
        List<TableLine> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            lines.add(new TableLine(table, number, Arrays.asList(line.split("\t", -1))));
        }
        return lines;
    }

    /** A rule table: reason, match, text, then optional phase, status, reply and note (defaults: any). */
    public static RuleTable rules(String table, List<TableLine> lines) {
        List<Rule> rules = new ArrayList<>();
        for (TableLine line : lines) {
            line.requireColumns(3, 7, RULE_LAYOUT);
            rules.add(new Rule(line.reason(0), line.phrase(1, 2), line.phase(3), line.status(4), line.reply(5),
                    line.source(), line.column(6, "")));
        }
        if (rules.isEmpty()) {
            throw new TableFormatException(table, "has no rules");
        }
        return new RuleTable(table, rules);
    }

    public static RuleTable rules(String resource) {
        return rules(resource, lines(resource));
    }

    /** A phrase list: match, text and an optional note. */
    public static PhraseList phrases(String table, List<TableLine> lines) {
        List<Phrase> phrases = new ArrayList<>();
        for (TableLine line : lines) {
            line.requireColumns(2, 3, PHRASE_LAYOUT);
            Phrase phrase = line.phrase(0, 1);
            if (phrase.kind() == MatchKind.ANY) {
                throw line.fault("a phrase list needs a text on every line");
            }
            phrases.add(phrase);
        }
        if (phrases.isEmpty()) {
            throw new TableFormatException(table, "has no phrases");
        }
        return new PhraseList(table, phrases);
    }

    public static PhraseList phrases(String resource) {
        return phrases(resource, lines(resource));
    }
}
