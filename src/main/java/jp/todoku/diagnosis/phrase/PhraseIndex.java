package jp.todoku.diagnosis.phrase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrases searched at once: one automaton pass finds every part in the text, and only phrases
 * whose parts are all present are checked further (word edges, order of parts).
 */
final class PhraseIndex {

    private final List<Phrase> phrases;
    private final int[][] partIds;
    private final PhraseAutomaton automaton;

    PhraseIndex(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<String, Integer> ids = new LinkedHashMap<>();
        partIds = new int[phrases.size()][];
        for (int i = 0; i < phrases.size(); i++) {
            List<String> parts = phrases.get(i).parts();
            partIds[i] = new int[parts.size()];
            for (int p = 0; p < parts.size(); p++) {
                partIds[i][p] = ids.computeIfAbsent(parts.get(p), key -> ids.size());
            }
        }
        automaton = new PhraseAutomaton(new ArrayList<>(ids.keySet()));
    }

    /** The positions of the phrases that occur in a normalised text. */
    BitSet matching(String text) {
        BitSet parts = automaton.search(text);
        BitSet hits = new BitSet(phrases.size());
        for (int i = 0; i < phrases.size(); i++) {
            if (allPresent(partIds[i], parts) && (phrases.get(i).kind() == MatchKind.CONTAINS
                    || phrases.get(i).occursIn(text))) {
                hits.set(i);
            }
        }
        return hits;
    }

    private static boolean allPresent(int[] ids, BitSet parts) {
        for (int id : ids) {
            if (!parts.get(id)) {
                return false;
            }
        }
        return true;
    }
}
