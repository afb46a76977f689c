package jp.todoku.diagnosis.knowledge;

import jp.todoku.diagnosis.phrase.LiteralAutomaton;
import jp.todoku.diagnosis.phrase.MatchIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts advice takes for speed say exactly what the plain computation says: the one-pass
 * normalised form equals {@link TextNormalizer#normalize}, its line index finds the lines that
 * normalising each line alone would, and literals found in a joined text equal those found by
 * scanning it whole.
 */
class NormalisedTextTest {

    private static final List<String> INPUTS = List.of(
            "",
            "\n\n  \r\n",
            "550 5.1.1 <user@example.jp>: Recipient address rejected: User unknown in virtual mailbox table",
            "Final-Recipient: rfc822; user@example.jp\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n",
            "550-5.7.26 This mail is unauthenticated, which poses a security\n550-5.7.26 risk to the sender and Gmail users\n550 5.7.26 https://support.google.com/",
            "５５０ ５．１．１　ユーザーが存在しません\r宛先：ｕｓｅｒ＠ｅｘａｍｐｌｅ．ｊｐ",
            "Message size exceeds   fixed maximum message size\t(10485760)\n550-\n   \n“quoted” ‘text’ — dash",
            "İSTANBUL MAİL SERVER: MAILBOX FULL\nΟΔΥΣΣΕΥΣ user unknown\nQuota exceeded (mailbox full)",
            "Outlook 0x800CCC0E\nRP-001 XRP-0012 554delivery error\n> > 550 5.1.1 user unknown");

    @Test
    void oneNormalisedFormAsNormaliseSaysIt() {
        for (String input : INPUTS) {
            assertEquals(TextNormalizer.normalize(input), NormalisedText.of(input).text(), input);
            assertEquals(TextNormalizer.fold(input), NormalisedText.of(input).folded(), input);
        }
    }

    @Test
    void theLineIndexFindsTheLinesEachNormalisedAloneWould() {
        for (String input : INPUTS) {
            NormalisedText text = NormalisedText.of(input);
            List<String> lines = TextNormalizer.lines(TextNormalizer.fold(input));
            for (String literal : literals(input)) {
                TreeSet<Integer> expected = new TreeSet<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (TextNormalizer.normalizeFolded(lines.get(i)).contains(literal)) {
                        expected.add(i);
                    }
                }
                TreeSet<Integer> found = new TreeSet<>();
                text.linesContaining(literal, found::add);
                assertEquals(expected, found, input + " / " + literal);
            }
        }
    }

    @Test
    void literalsInAJoinedTextAreThoseOfTheWholeScan() {
        RuleIndex index = new RuleIndex(KnowledgeLoader.fromClassPath(getClass().getClassLoader()).rules());
        for (String head : INPUTS) {
            for (String tail : INPUTS) {
                String main = TextNormalizer.normalize(head);
                String context = TextNormalizer.normalize(tail);
                if (main.isEmpty() || context.isEmpty()) {
                    continue;
                }
                BitSet whole = index.literalsIn(TextNormalizer.normalize(head + "\n" + tail));
                assertEquals(whole, index.literalsJoined(main, context, index.literalsIn(context)), head + " + " + tail);
            }
        }
    }

    @Test
    void literalsAcrossTheJoinAreFoundToo() {
        List<String> literals = new ArrayList<>();
        INPUTS.forEach(input -> literals.addAll(literals(input)));
        for (String head : INPUTS) {
            for (String tail : INPUTS) {
                String[] before = TextNormalizer.normalize(head).split(" ");
                String[] after = TextNormalizer.normalize(tail).split(" ");
                // Spanning the space that joins them, and glued to a letter across it.
                literals.add(before[before.length - 1] + " " + after[0]);
                literals.add(before[before.length - 1].substring(Math.max(0, before[before.length - 1].length() - 2)) + " " + after[0].substring(0, Math.min(2, after[0].length())));
            }
        }
        literals.removeIf(literal -> literal.isBlank());
        LiteralAutomaton automaton = new LiteralAutomaton(literals.stream().distinct().toList());
        for (String head : INPUTS) {
            for (String tail : INPUTS) {
                String main = TextNormalizer.normalize(head);
                String context = TextNormalizer.normalize(tail);
                if (main.isEmpty() || context.isEmpty()) {
                    continue;
                }
                BitSet whole = automaton.find(main + " " + context);
                assertEquals(whole, automaton.findJoined(main, context, automaton.find(context)), head + " + " + tail);
            }
        }
    }

    @Test
    void randomTextsGiveWhatThePlainComputationGives() {
        // Seeded: the one-pass form, its kept characters, the literal scan on them and the line
        // index against normalising (the whole text, and each line alone) the plain way.
        String[] pieces = {"a", "B", "z", "Q", "5", "0", " ", "  ", "\t", "\u000b", "\f", "\u001c", "\u00a0", "\u3000",
                "\u2028", "\r", "\n", "\r\n", "-", "550-", "550-5.7.1 ", "421-", "`", "\u2019", "\u2014", "\uff35", "\uff53",
                "\u0130", "\u03a3", "\u00c9", "e\u0301", "user", "unknown", "mailbox full", "\u6e80\u676f", ">", "."};
        java.util.Random random = new java.util.Random(11);
        List<String> literals = List.of("user unknown", "mailbox full", "5.7.1", "550", "user", "b z", "aq", "\u6e80\u676f",
                "i\u0307", "\u03c3", "-", "a-b", "e\u0301");
        LiteralAutomaton automaton = new LiteralAutomaton(literals);
        MatchIndex index = new MatchIndex(literals.stream().map(List::of).toList(), MatchIndex.Edges.APART);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder input = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                input.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = input.toString();
            NormalisedText normalised = NormalisedText.of(text);
            String expected = TextNormalizer.normalize(text);
            assertEquals(expected, normalised.text(), text);
            assertEquals(expected.isEmpty(), normalised.isEmpty(), text);
            assertEquals(expected.substring(0, Math.min(3, expected.length())), normalised.prefix(3), text);
            assertEquals(TextNormalizer.fold(text), normalised.folded(), text);
            assertEquals(automaton.find(expected), normalised.literalsIn(index), text);
            List<String> lines = TextNormalizer.lines(TextNormalizer.fold(text));
            for (String literal : literals) {
                TreeSet<Integer> wanted = new TreeSet<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (TextNormalizer.normalizeFolded(lines.get(i)).contains(literal)) {
                        wanted.add(i);
                    }
                }
                TreeSet<Integer> found = new TreeSet<>();
                normalised.linesContaining(literal, found::add);
                assertEquals(wanted, found, text + " / " + literal);
            }
        }
    }

    // Every word, pair of words and line of the normalised input, and a few that span lines.
    private static List<String> literals(String input) {
        List<String> literals = new ArrayList<>(List.of("5.1.1", "user unknown", "mailbox full", "security risk", "i̇stanbul"));
        String normalised = TextNormalizer.normalize(input);
        String[] words = normalised.split(" ");
        for (int i = 0; i < words.length; i++) {
            literals.add(words[i]);
            if (i + 1 < words.length) {
                literals.add(words[i] + " " + words[i + 1]);
            }
        }
        literals.removeIf(String::isEmpty);
        return literals;
    }
}
