package jp.todoku.diagnosis.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.phrase.CodePattern;
import jp.todoku.diagnosis.ReplyCode;

/** The bundled data: every entry loads, is complete in both languages, has a source and is reachable. */
class KnowledgeDataTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Set<String> REFERENCES = Set.of("RFC 5321", "RFC 3463", "RFC 3207", "RFC 4954", "RFC 7504",
            "reasons.md", "Microsoft Outlook error list", "Google SMTP error list", "Exchange Online NDR list");

    private final KnowledgeBase base = KnowledgeBase.bundled();

    @Test
    void loadsWithoutProblems() {
        KnowledgeLoader loader = KnowledgeLoader.fromClassPath(getClass().getClassLoader());
        assertEquals(List.of(), loader.problems());
        assertTrue(base.entries().size() > 150, "entries: " + base.entries().size());
    }

    @Test
    void everyDataFileIsListedInTheIndex() throws IOException {
        Path folder = Path.of("src/main/resources/knowledge");
        String index = Files.readString(folder.resolve("index.txt"));
        try (Stream<Path> files = Files.list(folder)) {
            files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .forEach(name -> assertTrue(index.lines().anyMatch(line -> line.strip().equals(name)),
                            name + " is not in index.txt, so it would never load"));
        }
    }

    @Test
    void everyEntryHasBothLanguagesComplete() {
        for (KnowledgeEntry entry : base.entries()) {
            for (Language language : Language.values()) {
                KnowledgeEntry.Text text = entry.text(language);
                assertFalse(text.title().isBlank(), entry.id() + " title " + language);
                assertFalse(text.summary().isBlank(), entry.id() + " summary " + language);
                assertFalse(text.steps().isEmpty(), entry.id() + " steps " + language);
            }
            // The Japanese text must really be Japanese and the English text must not be.
            assertTrue(hasJapanese(entry.text(Language.JA).summary()), entry.id() + " ja summary is not Japanese");
            KnowledgeEntry.Text english = entry.text(Language.EN);
            assertFalse(hasKana(english.title() + english.summary() + String.join("", english.steps())),
                    entry.id() + " en text contains Japanese");
            assertEquals(entry.text(Language.JA).steps().size() > 0, english.steps().size() > 0);
        }
    }

    /** A YAML comment sign inside an unquoted text silently cuts it; unbalanced brackets give that away. */
    @Test
    void noTextWasCutShort() {
        for (KnowledgeEntry entry : base.entries()) {
            for (Language language : Language.values()) {
                KnowledgeEntry.Text text = entry.text(language);
                List<String> parts = new ArrayList<>(List.of(text.title(), text.summary()));
                parts.addAll(text.steps());
                for (String part : parts) {
                    assertEquals(count(part, '(') + count(part, '（'), count(part, ')') + count(part, '）'),
                            entry.id() + " " + language + ": unbalanced brackets in \"" + part + "\"");
                    assertEquals(count(part, '「'), count(part, '」'), entry.id() + " " + language + ": " + part);
                }
            }
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    @Test
    void everyEntryNamesAnExistingSource() {
        boolean seedsPresent = Files.isDirectory(SEEDS);
        for (KnowledgeEntry entry : base.entries()) {
            assertFalse(entry.sources().isEmpty(), entry.id());
            for (String source : entry.sources()) {
                if (source.endsWith(".txt")) {
                    assertTrue(source.matches("00[0-4]_[0-9a-f]{16}\\.txt"), entry.id() + ": " + source);
                    if (seedsPresent) {
                        assertTrue(Files.exists(SEEDS.resolve(source)), entry.id() + ": no seed " + source);
                    }
                } else {
                    assertTrue(REFERENCES.contains(source), entry.id() + ": unknown source " + source);
                }
            }
        }
    }

    @Test
    void relatedIdsResolveAndIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (KnowledgeEntry entry : base.entries()) {
            assertTrue(seen.add(entry.id()), "duplicate " + entry.id());
            for (String related : entry.related()) {
                assertTrue(base.find(related).isPresent(), entry.id() + " -> " + related);
                assertFalse(related.equals(entry.id()), entry.id() + " relates to itself");
            }
        }
    }

    @Test
    void everyReasonHasItsGeneralEntry() {
        for (Reason reason : Reason.values()) {
            assertTrue(base.find("reason-" + reason.code()).isPresent(), "no entry for reason " + reason.code());
        }
        assertEquals(36, Reason.values().length);
    }

    /** Each entry is reached by an input made from one of its own rules (best, or among the others). */
    @Test
    void everyEntryIsReachedByAnInput() {
        List<Rule> rules = KnowledgeLoader.fromClassPath(getClass().getClassLoader()).rules();
        List<String> unreached = new ArrayList<>();
        for (KnowledgeEntry entry : base.entries()) {
            boolean reached = rules.stream().filter(rule -> rule.entryId().equals(entry.id()))
                    .anyMatch(rule -> reaches(inputFor(rule), entry.id()));
            if (!reached && !entry.id().startsWith("general-")) {
                unreached.add(entry.id());
            }
        }
        assertEquals(List.of(), unreached);
        // The three fallback entries are reached by what nothing else recognises.
        assertEquals("general-unknown", base.adviseFragment("こんにちは").best().id());
        assertEquals("general-permanent", base.adviseFragment("5.9.9 something odd").best().id());
        assertEquals("general-temporary", base.adviseFragment("4.9.9 something odd").best().id());
    }

    private boolean reaches(DeliveryFailure failure, String id) {
        Advice advice = base.advise(failure, failure.diagnosticText());
        return advice.best().id().equals(id) || advice.others().stream().anyMatch(entry -> entry.id().equals(id));
    }

    private static DeliveryFailure inputFor(Rule rule) {
        String text = String.join(" ", rule.texts());
        CodePattern statusPattern = rule.condition().status();
        DeliveryStatus status = statusPattern.isAny() ? null : statusPattern.exampleStatus();
        CodePattern replyPattern = rule.condition().reply();
        ReplyCode reply = replyPattern.isAny() ? null : new ReplyCode(replyPattern.low());
        Reason reason = rule.reason() == null ? Reason.ON_HOLD : rule.reason();
        String recipient = rule.domain() == null ? null : "someone@" + rule.domain();
        boolean temporary = status != null ? status.isTemporary() : reply != null && reply.isTemporary();
        return new DeliveryFailure(recipient, null, status, reply, reason, temporary, text, null, null, null, null,
                null, null, null, null, null);
    }

    private static boolean hasJapanese(String text) {
        return text.codePoints().anyMatch(c -> (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF));
    }

    private static boolean hasKana(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF);
    }
}
