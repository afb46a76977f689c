package jp.todoku.diagnosis.phrase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One text condition of a table line: a kind and its lower-case parts (one part except for
 * {@link MatchKind#ALL}, none for {@link MatchKind#ANY}).
 */
public record Phrase(MatchKind kind, List<String> parts) {

    static final String PART_SEPARATOR = " && ";

    public Phrase {
        parts = List.copyOf(parts);
        if (kind == MatchKind.ANY != parts.isEmpty()) {
            throw new IllegalArgumentException("only 'any' has no text");
        }
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("empty text");
            }
        }
    }

    public static final Phrase ANY = new Phrase(MatchKind.ANY, List.of());

    /** The phrase as a table writes it; the text is normalised as error texts are. */
    public static Optional<Phrase> find(MatchKind kind, String text) {
        if (kind == MatchKind.ANY) {
            return text.isBlank() || text.trim().equals("-") ? Optional.of(ANY) : Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (kind == MatchKind.ALL) {
            for (String part : text.split(PART_SEPARATOR, -1)) {
                parts.add(Clues.normalize(part));
            }
            if (parts.size() < 2) {
                return Optional.empty();
            }
        } else {
            parts.add(Clues.normalize(text));
        }
        if (parts.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(kind, parts));
    }

    /** The index of a list of phrases: each phrase's parts are the literals of one rule. */
    static MatchIndex indexOf(List<Phrase> phrases) {
        return new MatchIndex(phrases.stream().map(Phrase::parts).toList(), MatchIndex.Edges.ANYWHERE);
    }

    /**
     * The positions of the phrases (as given to {@link #indexOf}) that occur in a normalised text:
     * the index finds those whose parts are all there; word edges and the order of parts are checked
     * on those only.
     */
    static BitSet occurring(List<Phrase> phrases, MatchIndex index, String text) {
        BitSet hits = index.rulesIn(text);
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (!phrases.get(i).holdsOnceFound(text)) {
                hits.clear(i);
            }
        }
        return hits;
    }

    /**
     * Whether the phrase holds in a normalised text in which the index found all its parts: a plain
     * text needs nothing more, a word its edges, several parts their order.
     */
    boolean holdsOnceFound(String text) {
        return kind == MatchKind.CONTAINS || kind == MatchKind.ANY || occursIn(text);
    }

    /** Whether the phrase occurs in a normalised text (used after the automaton says all parts are there). */
    boolean occursIn(String text) {
        return switch (kind) {
            case ANY -> true;
            case CONTAINS -> text.contains(parts.get(0));
            case WORD -> occursAsWord(text, parts.get(0));
            case ALL -> occursInOrder(text);
        };
    }

    private boolean occursInOrder(String text) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    private static boolean occursAsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind.spelling() + " " + String.join(PART_SEPARATOR, parts).toLowerCase(Locale.ROOT);
    }
}
