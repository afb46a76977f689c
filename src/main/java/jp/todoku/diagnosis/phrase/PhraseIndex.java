package jp.todoku.diagnosis.phrase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrases searched at once: one automaton pass finds every part in the text; only the phrases
 * that use a found part are looked at, and only those whose parts are all present are checked
 * further (word edges, order of parts).
 */
final class PhraseIndex {

    private final List<Phrase> phrases;
    private final int[][] partIds;
    private final int[][] phrasesOfPart;
    private final BitSet textless;
    private final LiteralAutomaton automaton;

    PhraseIndex(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<List<Integer>> users = new ArrayList<>();
        partIds = new int[phrases.size()][];
        textless = new BitSet(phrases.size());
        for (int i = 0; i < phrases.size(); i++) {
            List<String> parts = phrases.get(i).parts();
            partIds[i] = new int[parts.size()];
            if (parts.isEmpty()) {
                textless.set(i);
            }
            for (int p = 0; p < parts.size(); p++) {
                int id = ids.computeIfAbsent(parts.get(p), key -> ids.size());
                if (id == users.size()) {
                    users.add(new ArrayList<>());
                }
                users.get(id).add(i);
                partIds[i][p] = id;
            }
        }
        phrasesOfPart = users.stream().map(list -> list.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
        automaton = LiteralAutomaton.anywhere(new ArrayList<>(ids.keySet()));
    }

    /** The positions of the phrases that occur in a normalised text. */
    BitSet matching(String text) {
        BitSet hits = (BitSet) textless.clone();
        if (text.isEmpty() || phrasesOfPart.length == 0) {
            return hits;
        }
        BitSet parts = automaton.find(text);
        for (int part = parts.nextSetBit(0); part >= 0; part = parts.nextSetBit(part + 1)) {
            for (int i : phrasesOfPart[part]) {
                if (!hits.get(i) && allPresent(partIds[i], parts)
                        && (phrases.get(i).kind() == MatchKind.CONTAINS || phrases.get(i).occursIn(text))) {
                    hits.set(i);
                }
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
