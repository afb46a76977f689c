package jp.todoku.tickets;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form both the stored search text and a search term take, so a plain LIKE finds Japanese text on
 * H2 and PostgreSQL alike: NFKC (half-width ｶﾅ and full-width ＡＢＣ fold to one form) and lower case.
 */
final class SearchText {

    private SearchText() {
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that finds the term anywhere, with the wildcards of the term itself escaped by '\'. */
    static String containsPattern(String term) {
        String normalised = normalise(term).strip();
        StringBuilder pattern = new StringBuilder("%");
        for (char character : normalised.toCharArray()) {
            if (character == '%' || character == '_' || character == '\\') {
                pattern.append('\\');
            }
            pattern.append(character);
        }
        return pattern.append('%').toString();
    }

    /** Joins parts with a newline (so a term cannot match across two fields), bounded to the column size. */
    static String join(int limit, String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(normalise(part)).append('\n');
            }
        }
        return TicketLimits.truncate(text.toString(), limit);
    }
}
