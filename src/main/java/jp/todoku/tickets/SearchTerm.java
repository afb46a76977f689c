package jp.todoku.tickets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One search of the queue, prepared for the index: the normalised term ({@link SearchText}) and the
 * pieces a matching ticket must hold ({@link SearchGrams}). Candidates from the index are always checked
 * against the exact text, so the index only ever makes the search faster, never different in what it shows.
 */
record SearchTerm(String raw, String normalised, SearchGrams.Required required) {

    /** How many pieces an H2 search looks up; the exact text check does the rest. */
    static final int H2_PIECES = 2;

    static SearchTerm of(String raw) {
        String stripped = raw.strip();
        String normalised = SearchText.normalise(stripped).strip();
        return new SearchTerm(stripped, normalised, SearchGrams.required(normalised));
    }

    /** True when the index can narrow the search; otherwise it reads tickets newest first until the page is full. */
    boolean indexed() {
        return !required.isEmpty();
    }

    /**
     * The pieces as a PostgreSQL text search query: {@code '至急' & 'user' & 'unknown':*}. The pieces hold
     * no quote or backslash (letters, digits and non-ASCII non-space characters), quoted all the same.
     */
    String tsquery() {
        StringJoiner query = new StringJoiner(" & ");
        required.exact().forEach(piece -> query.add(quote(piece)));
        if (required.prefix() != null) {
            query.add(quote(required.prefix()) + ":*");
        }
        return query.toString();
    }

    /**
     * For H2's ticket_gram (V17): at most the {@link #H2_PIECES} longest pieces (the longer, the fewer tickets hold
     * it), each a piece exactly, or as a prefix for a single character (its pairs stand for it there) and for the
     * word the term ends in.
     */
    List<GramLookup> h2Lookups() {
        List<GramLookup> lookups = new ArrayList<>();
        required.exact().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(piece -> lookups.add(
                new GramLookup(piece, !SearchGrams.isWordCharacter(piece.charAt(0))
                        && piece.codePointCount(0, piece.length()) == 1)));
        if (required.prefix() != null) {
            lookups.add(new GramLookup(required.prefix(), true));
        }
        return lookups.subList(0, Math.min(H2_PIECES, lookups.size()));
    }

    /** One piece to look up, exactly or as the start of longer pieces. */
    record GramLookup(String piece, boolean prefix) {

        /** Just above every piece that starts with this one (H2 compares strings by their UTF-16 units). */
        String upperBound() {
            return piece + Character.MAX_VALUE;
        }
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

    private static String quote(String piece) {
        return "'" + piece.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
