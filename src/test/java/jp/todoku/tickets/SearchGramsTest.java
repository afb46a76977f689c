package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SearchGrams#of} as first written (a string and a set entry for every piece) against the faster one:
 * the same pieces in the same order, the column limit included, for Japanese, ASCII, supplementary characters.
 */
class SearchGramsTest {

    private static final String ALPHABET = "至急解約容量のメールボックスを超えました𠮷𩸽 \n\t.@-_abcXYZ0189\u3000、。";

    @Test
    void thePiecesAreThoseOfThePlainWay() {
        Random random = new Random(15);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 2900 ? 200 : 60_000);
            while (text.length() < length) {
                if (random.nextInt(20) == 0) {
                    text.append("w").append(random.nextInt(1_000_000)).append("x".repeat(random.nextInt(80)));
                } else {
                    text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                            random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
                }
            }
            String normalised = SearchText.normalise(text.toString());
            assertThat(SearchGrams.of(normalised)).as(normalised).isEqualTo(plain(normalised));
        }
        assertThat(SearchGrams.of("至急 user unknown 至急")).isEqualTo("至 至急 急 user unknown");
    }

    /** The first version of {@link SearchGrams#of}. */
    private static String plain(String normalised) {
        Set<String> grams = new LinkedHashSet<>();
        int[] length = {0};
        int[] codePoints = normalised.codePoints().toArray();
        int index = 0;
        while (index < codePoints.length && length[0] < SearchGrams.LIMIT) {
            int end = index;
            if (SearchGrams.isGramCharacter(codePoints[index])) {
                while (end < codePoints.length && SearchGrams.isGramCharacter(codePoints[end])) {
                    add(grams, new String(codePoints, end, 1), length);
                    if (end + 1 < codePoints.length && SearchGrams.isGramCharacter(codePoints[end + 1])) {
                        add(grams, new String(codePoints, end, 2), length);
                    }
                    end++;
                }
            } else if (SearchGrams.isWordCharacter(codePoints[index])) {
                while (end < codePoints.length && SearchGrams.isWordCharacter(codePoints[end])) {
                    end++;
                }
                add(grams, new String(codePoints, index, Math.min(end - index, SearchGrams.WORD)), length);
            } else {
                end++;
            }
            index = end;
        }
        return String.join(" ", grams);
    }

    private static void add(Set<String> grams, String gram, int[] length) {
        if (length[0] + gram.length() + 1 <= SearchGrams.LIMIT && grams.add(gram)) {
            length[0] += gram.length() + 1;
        }
    }
}
