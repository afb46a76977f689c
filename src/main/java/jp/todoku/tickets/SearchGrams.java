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

    /**
     * The pieces of already normalised text ({@link SearchText#normalise}), in order of first appearance.
     * Single characters and pairs are told apart by a number (no string made for one seen before), words by a set.
     */
    static String of(String normalised) {
        StringBuilder grams = new StringBuilder(Math.min(normalised.length(), LIMIT));
        CodeSet seen = new CodeSet();
        Set<String> words = new HashSet<>();
        int length = 0;
        int index = 0;
        int size = normalised.length();
        while (index < size && length < LIMIT) {
            int codePoint = normalised.codePointAt(index);
            if (isGramCharacter(codePoint)) {
                int at = index;
                int current = codePoint;
                while (true) {
                    int width = Character.charCount(current);
                    int next = at + width < size ? normalised.codePointAt(at + width) : -1;
                    length = add(grams, seen, current, normalised, at, width, length);
                    if (next >= 0 && isGramCharacter(next)) {
                        length = add(grams, seen, ((long) current << 21 | next) | 1L << 42, normalised, at,
                                width + Character.charCount(next), length);
                        at += width;
                        current = next;
                    } else {
                        at += width;
                        break;
                    }
                }
                index = at;
            } else if (isWordCharacter(codePoint)) {
                int end = index;
                while (end < size && isWordCharacter(normalised.charAt(end))) {
                    end++;
                }
                String word = normalised.substring(index, Math.min(end, index + WORD));
                if (length + word.length() + 1 <= LIMIT && words.add(word)) {
                    length = append(grams, word, length);
                }
                index = end;
            } else {
                index += Character.charCount(codePoint);
            }
        }
        return grams.toString();
    }

    /** Adds the piece {@code text[from, from + width)} known by {@code code} unless it was there or does not fit. */
    private static int add(StringBuilder grams, CodeSet seen, long code, String text, int from, int width, int length) {
        if (length + width + 1 <= LIMIT && seen.add(code)) {
            if (!grams.isEmpty()) {
                grams.append(' ');
            }
            grams.append(text, from, from + width);
            return length + width + 1;
        }
        return length;
    }

    private static int append(StringBuilder grams, String piece, int length) {
        if (!grams.isEmpty()) {
            grams.append(' ');
        }
        grams.append(piece);
        return length + piece.length() + 1;
    }

    /** A set of longs (a character, or a pair of them with bit 42 set), open addressing. */
    private static final class CodeSet {
        private long[] slots = new long[512];
        private int count;

        boolean add(long code) {
            long key = code + 1; // 0 marks a free slot
            int mask = slots.length - 1;
            int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (slots[slot] != 0) {
                if (slots[slot] == key) {
                    return false;
                }
                slot = slot + 1 & mask;
            }
            slots[slot] = key;
            if (++count * 2 > slots.length) {
                grow();
            }
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long key : old) {
                if (key != 0) {
                    int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
                    while (slots[slot] != 0) {
                        slot = slot + 1 & mask;
                    }
                    slots[slot] = key;
                }
            }
        }
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

    static boolean isGramCharacter(int codePoint) {
        return codePoint > 0x7f && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint);
    }

    static boolean isWordCharacter(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9'
                || codePoint >= 'A' && codePoint <= 'Z';
    }
}
