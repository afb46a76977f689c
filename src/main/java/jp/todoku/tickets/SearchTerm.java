package jp.todoku.tickets;

import java.util.List;
import java.util.Locale;

/**
 * One search of the queue, prepared for the index: the normalised term ({@link SearchText}), the
 * Japanese pieces a matching ticket must hold ({@link SearchGrams}) and whether the trigram index can
 * narrow it (an ASCII letter-or-digit run of three or more). Candidates from either index are always
 * checked against the exact text, so the index only ever makes the search faster, never different.
 */
record SearchTerm(String raw, String normalised, List<String> grams, boolean trigrams) {

    SearchTerm {
        grams = List.copyOf(grams);
    }

    static SearchTerm of(String raw) {
        String stripped = raw.strip();
        String normalised = SearchText.normalise(stripped).strip();
        return new SearchTerm(stripped, normalised, SearchGrams.required(normalised), hasAsciiWord(normalised));
    }

    /** True when an index can narrow the search; otherwise it reads tickets newest first until the page is full. */
    boolean indexed() {
        return trigrams || !grams.isEmpty();
    }

    String likePattern() {
        return SearchText.containsPattern(normalised);
    }

    /** A term without spaces may be a whole reference number or address, which the agent wants on top. */
    boolean mayBeExact() {
        return !normalised.isEmpty() && normalised.chars().noneMatch(Character::isWhitespace) && raw.length() <= 320;
    }

    String upperCase() {
        return raw.toUpperCase(Locale.ROOT);
    }

    private static boolean hasAsciiWord(String text) {
        int run = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            boolean word = character < 0x80 && Character.isLetterOrDigit(character);
            run = word ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }
}
