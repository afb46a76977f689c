package jp.todoku.diagnosis.phrase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over a fixed set of lower-case phrases: one pass over a text finds every
 * phrase it contains, in time linear in the text, however many phrases there are. Immutable once built.
 */
final class PhraseAutomaton {

    private final List<Map<Character, Integer>> transitions;
    private final int[] failure;
    private final int[][] outputs;
    private final int[] lengths;

    PhraseAutomaton(List<String> phrases) {
        transitions = new ArrayList<>();
        transitions.add(new HashMap<>());
        List<List<Integer>> found = new ArrayList<>();
        found.add(new ArrayList<>());
        lengths = new int[phrases.size()];
        for (int id = 0; id < phrases.size(); id++) {
            String phrase = phrases.get(id);
            lengths[id] = phrase.length();
            int state = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer next = transitions.get(state).get(phrase.charAt(i));
                if (next == null) {
                    next = transitions.size();
                    transitions.add(new HashMap<>());
                    found.add(new ArrayList<>());
                    transitions.get(state).put(phrase.charAt(i), next);
                }
                state = next;
            }
            found.get(state).add(id);
        }
        failure = new int[transitions.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>(transitions.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> edge : transitions.get(state).entrySet()) {
                int child = edge.getValue();
                int fallback = failure[state];
                while (fallback != 0 && !transitions.get(fallback).containsKey(edge.getKey())) {
                    fallback = failure[fallback];
                }
                Integer target = transitions.get(fallback).get(edge.getKey());
                failure[child] = target != null && target != child ? target : 0;
                found.get(child).addAll(found.get(failure[child]));
                queue.add(child);
            }
        }
        outputs = new int[found.size()][];
        for (int i = 0; i < found.size(); i++) {
            outputs[i] = found.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Which phrases occur in the text (already lower-cased), as a set of phrase ids. */
    BitSet search(String text) {
        BitSet hits = new BitSet(lengths.length);
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer next;
            while ((next = transitions.get(state).get(c)) == null && state != 0) {
                state = failure[state];
            }
            state = next == null ? 0 : next;
            for (int id : outputs[state]) {
                hits.set(id);
            }
        }
        return hits;
    }

    int size() {
        return lengths.length;
    }
}
