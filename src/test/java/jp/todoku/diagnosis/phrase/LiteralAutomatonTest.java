package jp.todoku.diagnosis.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The automaton finds exactly what searching for each literal by itself finds: anywhere, a plain
 * {@code contains}; as whole words, an occurrence no letter (or, for a digit, no letter or digit)
 * touches. Seeded random literals and texts, ASCII and not, so its tables (the ASCII columns, the
 * non-ASCII characters, the failure links) are checked against the definition, not an example.
 */
class LiteralAutomatonTest {

    private static final String ALPHABET = "abcab0129 -.xyz\u6e80\u676f\u00e9\u03c3A";
    // Mostly non-ASCII, from several blocks, with repeats: long runs through the table of
    // non-ASCII characters, whose rows follow the failure links (a Japanese phrase inside another).
    private static final String JAPANESE = "\u6e80\u676f\u6e80\u3042\u3044\u3042\uff41\u00e9a \u30e1\u30fc\u30eb";

    @Test
    void findsWhatSearchingEachLiteralFinds() {
        findsWhatSearchingFinds(ALPHABET, new Random(7));
    }

    @Test
    void findsJapaneseLiteralsAsSearchingFinds() {
        findsWhatSearchingFinds(JAPANESE, new Random(11));
    }

    private static void findsWhatSearchingFinds(String alphabet, Random random) {
        for (int round = 0; round < 300; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = random.nextInt(30) + 1; i > 0; i--) {
                literals.add(randomText(alphabet, random, 1 + random.nextInt(5)));
            }
            LiteralAutomaton words = new LiteralAutomaton(literals);
            LiteralAutomaton anywhere = LiteralAutomaton.anywhere(literals);
            for (int n = 0; n < 40; n++) {
                String text = randomText(alphabet, random, random.nextInt(40));
                assertEquals(expected(literals, text, true), words.find(text), literals + " in " + text);
                assertEquals(expected(literals, text, false), anywhere.find(text), literals + " in " + text);
                char[] padded = (text + "zz").toCharArray();
                assertEquals(words.find(text), words.find(padded, text.length()), text);
                String head = randomText(alphabet, random, 1 + random.nextInt(10));
                assertEquals(words.find(head + " " + text), words.findJoined(head, text, words.find(text)), head + " + " + text);
            }
        }
    }

    private static String randomText(String alphabet, Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static BitSet expected(List<String> literals, String text, boolean wholeWords) {
        BitSet found = new BitSet();
        for (int index = 0; index < literals.size(); index++) {
            String literal = literals.get(index);
            for (int at = text.indexOf(literal); at >= 0 && !literal.isEmpty(); at = text.indexOf(literal, at + 1)) {
                int end = at + literal.length();
                if (!wholeWords || (at == 0 || !glued(literal.charAt(0), text.charAt(at - 1)))
                        && (end == text.length() || !glued(literal.charAt(literal.length() - 1), text.charAt(end)))) {
                    found.set(index);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean glued(char edge, char neighbour) {
        if (isLetter(edge)) {
            return isLetter(neighbour);
        }
        return isDigit(edge) && (isLetter(neighbour) || isDigit(neighbour));
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
