package jp.todoku.tickets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one- and two-character pieces of the non-ASCII text of a ticket, each once, separated by a space:
 * what PostgreSQL's array GIN index on {@code search_grams} holds (V16). A trigram index cannot serve a
 * term of one or two Japanese characters (至急, 解約), and in the C.UTF-8 database it may not split
 * Japanese into words at all; these pieces can, for any term length. ASCII is left to the trigram index:
 * its words are separated by spaces and punctuation, and bigrams of it would be most of the text.
 */
final class SearchGrams {

    /** Column size; a ticket with more distinct pieces than fit keeps the first ones (rare: 200,000 characters of kanji). */
    static final int LIMIT = 100_000;

    private SearchGrams() {
    }

    /** The pieces of already normalised text ({@link SearchText#normalise}), in order of first appearance. */
    static String of(String normalised) {
        Set<String> grams = new LinkedHashSet<>();
        int length = 0;
        for (int[] run : runs(normalised)) {
            for (int index = 0; index < run.length; index++) {
                length += add(grams, new String(run, index, 1), length);
                if (index + 1 < run.length) {
                    length += add(grams, new String(run, index, 2), length);
                }
                if (length >= LIMIT) {
                    return String.join(" ", grams);
                }
            }
        }
        return String.join(" ", grams);
    }

    /** The pieces a ticket must hold to contain the term: its single characters alone, else its bigrams. */
    static List<String> required(String normalisedTerm) {
        Set<String> grams = new LinkedHashSet<>();
        for (int[] run : runs(normalisedTerm)) {
            if (run.length == 1) {
                grams.add(new String(run, 0, 1));
            }
            for (int index = 0; index + 1 < run.length; index++) {
                grams.add(new String(run, index, 2));
            }
        }
        return List.copyOf(grams);
    }

    private static int add(Set<String> grams, String gram, int length) {
        if (length + gram.length() + 1 > LIMIT || !grams.add(gram)) {
            return 0;
        }
        return gram.length() + 1;
    }

    /** Maximal runs of code points that are neither ASCII nor white space. */
    private static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>();
        int[] codePoints = text.codePoints().toArray();
        int start = -1;
        for (int index = 0; index <= codePoints.length; index++) {
            boolean inRun = index < codePoints.length && isGramCharacter(codePoints[index]);
            if (inRun && start < 0) {
                start = index;
            } else if (!inRun && start >= 0) {
                int[] run = new int[index - start];
                System.arraycopy(codePoints, start, run, 0, run.length);
                runs.add(run);
                start = -1;
            }
        }
        return runs;
    }

    static boolean isGramCharacter(int codePoint) {
        return codePoint > 0x7f && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint);
    }
}
