package jp.todoku.tickets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pieces of a ticket's normalised text that PostgreSQL's GIN index on {@code search_grams} holds (V16),
 * each once, separated by a space: every one- and two-character piece of the non-ASCII text (a trigram
 * index cannot serve 至急 or 解約, and the C.UTF-8 database may not split Japanese into words at all), and
 * every ASCII word (letters and digits). Words rather than trigrams: a 3 KB bounce has some 600 distinct
 * trigrams but 150 distinct words, and the trigram index made writing a ticket four times dearer
 * (measured, see the console note). An ASCII term therefore matches from the start of a word.
 */
final class SearchGrams {

    /** Column size; a ticket with more distinct pieces than fit keeps the first ones (a huge paste). */
    static final int LIMIT = 100_000;
    /** Longer words (base64, hashes) are kept as their first characters; a search for one asks for that prefix. */
    static final int WORD = 60;

    /** What a matching ticket must hold: these pieces and words exactly, and a word that starts with {@code prefix}. */
    record Required(List<String> exact, String prefix) {
        Required {
            exact = List.copyOf(exact);
        }

        boolean isEmpty() {
            return exact.isEmpty() && prefix == null;
        }
    }

    private SearchGrams() {
    }

    /** The pieces of already normalised text ({@link SearchText#normalise}), in order of first appearance. */
    static String of(String normalised) {
        Set<String> grams = new LinkedHashSet<>();
        int[] length = {0};
        int[] codePoints = normalised.codePoints().toArray();
        int index = 0;
        while (index < codePoints.length && length[0] < LIMIT) {
            int end = index;
            if (isGramCharacter(codePoints[index])) {
                while (end < codePoints.length && isGramCharacter(codePoints[end])) {
                    add(grams, new String(codePoints, end, 1), length);
                    if (end + 1 < codePoints.length && isGramCharacter(codePoints[end + 1])) {
                        add(grams, new String(codePoints, end, 2), length);
                    }
                    end++;
                }
            } else if (isWordCharacter(codePoints[index])) {
                while (end < codePoints.length && isWordCharacter(codePoints[end])) {
                    end++;
                }
                add(grams, new String(codePoints, index, Math.min(end - index, WORD)), length);
            } else {
                end++;
            }
            index = end;
        }
        return String.join(" ", grams);
    }

    /**
     * {@link #of} of a text made of a head and a body, from their pieces: the head's first, then the body's
     * not already there. The same as {@code of(head + body)} when the head ends with a separator (a newline)
     * and both together stay under {@link #LIMIT}.
     */
    static String prefixed(String headGrams, String bodyGrams) {
        if (headGrams.isEmpty()) {
            return bodyGrams;
        }
        if (bodyGrams.isEmpty()) {
            return headGrams;
        }
        Set<String> head = new HashSet<>(Arrays.asList(headGrams.split(" ")));
        StringBuilder grams = new StringBuilder(headGrams.length() + bodyGrams.length() + 1).append(headGrams);
        int start = 0;
        while (start < bodyGrams.length()) {
            int end = bodyGrams.indexOf(' ', start);
            end = end < 0 ? bodyGrams.length() : end;
            String gram = bodyGrams.substring(start, end);
            if (!head.contains(gram)) {
                grams.append(' ').append(gram);
            }
            start = end + 1;
        }
        return grams.toString();
    }

    /**
     * What a ticket must hold to contain the normalised term: the single characters or bigrams of its
     * non-ASCII runs, each ASCII word the term ends, and, for an ASCII word at the term's end, the prefix.
     * Words of one letter ask for nothing (too common to help); the exact text check decides.
     */
    static Required required(String normalisedTerm) {
        Set<String> exact = new LinkedHashSet<>();
        String prefix = null;
        int[] codePoints = normalisedTerm.codePoints().toArray();
        int index = 0;
        while (index < codePoints.length) {
            int end = index;
            if (isGramCharacter(codePoints[index])) {
                while (end < codePoints.length && isGramCharacter(codePoints[end])) {
                    end++;
                }
                if (end - index == 1) {
                    exact.add(new String(codePoints, index, 1));
                }
                for (int at = index; at + 1 < end; at++) {
                    exact.add(new String(codePoints, at, 2));
                }
            } else if (isWordCharacter(codePoints[index])) {
                while (end < codePoints.length && isWordCharacter(codePoints[end])) {
                    end++;
                }
                String word = new String(codePoints, index, Math.min(end - index, WORD));
                if (end - index > WORD) {
                    exact.add(word);
                } else if (end == codePoints.length) {
                    prefix = word.length() > 1 ? word : null;
                } else if (word.length() > 1) {
                    exact.add(word);
                }
            } else {
                end++;
            }
            index = end;
        }
        return new Required(new ArrayList<>(exact), prefix);
    }

    private static void add(Set<String> grams, String gram, int[] length) {
        if (length[0] + gram.length() + 1 <= LIMIT && grams.add(gram)) {
            length[0] += gram.length() + 1;
        }
    }

    static boolean isGramCharacter(int codePoint) {
        return codePoint > 0x7f && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint);
    }

    static boolean isWordCharacter(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9'
                || codePoint >= 'A' && codePoint <= 'Z';
    }
}
