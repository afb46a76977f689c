package jp.todoku.diagnosis.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Reason;

/**
 * The core table of issue 4: every literal example in the five seeds (each code line and each server
 * message), pasted alone as a fragment with no recipient, finds its intended entry. The table lives in
 * src/test/resources/knowledge/seed-examples.tsv; when the seeds are present the test also proves each
 * fragment really is the seed's text at the stated lines.
 */
class SeedExamplesTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    private final KnowledgeBase base = KnowledgeBase.bundled();

    record Example(String seed, String lines, String expected, String fragment) {
        boolean background() {
            return expected.startsWith("~");
        }

        String expectedId() {
            return background() ? expected.substring(1) : expected;
        }

        @Override
        public String toString() {
            return seed + ":" + lines + " " + fragment.replace("\n", "⏎");
        }
    }

    @Test
    void everySeedExampleFindsItsEntry() throws IOException {
        List<Example> examples = examples();
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            for (String variant : variants(example.fragment())) {
                Advice advice = base.advise(fragmentFailure(variant), variant);
                String problem = check(example, advice);
                if (problem != null) {
                    failures.add(example + " -> " + problem);
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + examples.size() + " examples failed");
        assertTrue(examples.size() >= 250, "the table lost rows: " + examples.size());
    }

    @Test
    void everyFragmentIsTheSeedsOwnText() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            org.junit.jupiter.api.Assumptions.abort("../shared/seeds is absent; the table still runs, its provenance is not checked");
        }
        List<String> wrong = new ArrayList<>();
        for (Example example : examples()) {
            Path seed;
            try (var files = Files.list(SEEDS)) {
                seed = files.filter(path -> path.getFileName().toString().startsWith(example.seed() + "_")).findFirst().orElseThrow();
            }
            List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
            String[] range = example.lines().split("-");
            int from = Integer.parseInt(range[0]);
            int to = Integer.parseInt(range[range.length - 1]);
            String text = TextNormalizer.normalize(String.join("\n", lines.subList(from - 1, to)));
            // Multi-line fragments may leave out a seed's Japanese column, so each line is checked on its own.
            boolean all = example.fragment().lines().map(TextNormalizer::normalize).allMatch(text::contains);
            if (!all) {
                wrong.add(example.toString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTableCoversEverySeedAndManyEntries() throws IOException {
        Set<String> seeds = new HashSet<>();
        Set<String> entries = new HashSet<>();
        for (Example example : examples()) {
            seeds.add(example.seed());
            entries.add(example.expectedId());
            assertTrue(base.find(example.expectedId()).isPresent(), "table names unknown entry " + example.expectedId());
        }
        assertEquals(Set.of("000", "001", "002", "003", "004"), seeds);
        assertTrue(entries.size() >= 120, "distinct entries in the table: " + entries.size());
    }

    private static String check(Example example, Advice advice) {
        if (!example.background()) {
            if (!advice.recognised()) {
                return "not recognised (best " + advice.best().id() + ")";
            }
            return advice.best().id().equals(example.expectedId()) ? null
                    : "best " + advice.best().id() + ", others " + advice.others().stream().map(KnowledgeEntry::id).toList();
        }
        boolean among = advice.others().stream().anyMatch(entry -> entry.id().equals(example.expectedId()));
        return among && !advice.recognised() ? null : "background entry not among others: " + advice.others().stream()
                .map(KnowledgeEntry::id).toList() + " recognised=" + advice.recognised();
    }

    /** As pasted: the text, and for multi-line text its CRLF and CR forms (mail programs differ). */
    private static List<String> variants(String fragment) {
        if (!fragment.contains("\n")) {
            return List.of(fragment);
        }
        return List.of(fragment, fragment.replace("\n", "\r\n"), fragment.replace("\n", "\r"));
    }

    /** A failure as the engine builds it for a pasted fragment: no recipient, codes read from the text. */
    static DeliveryFailure fragmentFailure(String fragment) {
        var status = TextNormalizer.findStatus(fragment).orElse(null);
        var reply = TextNormalizer.findReplyCode(fragment).orElse(null);
        boolean temporary = status != null ? status.isTemporary() : reply != null && reply.isTemporary();
        return new DeliveryFailure(null, null, status, reply, Reason.ON_HOLD, temporary, fragment, null, null, null,
                null, null, null, null, null, null);
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = SeedExamplesTest.class.getResourceAsStream("/knowledge/seed-examples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 4);
                examples.add(new Example(columns[0], columns[1], columns[2], unescape(columns[3])));
            }
        }
        return examples;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
