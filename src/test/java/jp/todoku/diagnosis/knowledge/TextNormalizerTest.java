package jp.todoku.diagnosis.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The normaliser's own shortcuts agree with the library definitions they stand in for. */
class TextNormalizerTest {

    @Test
    void wideWhitespaceIsTheLibrarysWhitespaceForEveryCharacterFromU0080() {
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), TextNormalizer.isWideWhitespace((char) c),
                    "U+" + Integer.toHexString(c));
        }
    }
}
