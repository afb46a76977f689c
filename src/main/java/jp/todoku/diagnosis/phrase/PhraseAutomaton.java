package jp.todoku.diagnosis.phrase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over a fixed set of lower-case phrases: one pass over a text finds every
 * phrase it contains, in time linear in the text, however many phrases there are. Each state keeps
 * its outgoing characters sorted in a plain array, so a search allocates nothing but its result.
 * Immutable once built.
 */
final class PhraseAutomaton {

    private final char[][] keys;
    private final int[][] targets;
    private final int[] failure;
    private final int[][] outputs;
    private final int size;

    PhraseAutomaton(List<String> phrases) {
        List<TreeMap<Character, Integer>> edges = new ArrayList<>();
        List<List<Integer>> found = new ArrayList<>();
        edges.add(new TreeMap<>());
        found.add(new ArrayList<>());
        for (int id = 0; id < phrases.size(); id++) {
            String phrase = phrases.get(id);
            int state = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer next = edges.get(state).get(phrase.charAt(i));
                if (next == null) {
                    next = edges.size();
                    edges.add(new TreeMap<>());
                    found.add(new ArrayList<>());
                    edges.get(state).put(phrase.charAt(i), next);
                }
                state = next;
            }
            found.get(state).add(id);
        }
        size = phrases.size();
        int states = edges.size();
        keys = new char[states][];
        targets = new int[states][];
        for (int state = 0; state < states; state++) {
            keys[state] = new char[edges.get(state).size()];
            targets[state] = new int[edges.get(state).size()];
            int i = 0;
            for (var edge : edges.get(state).entrySet()) {
                keys[state][i] = edge.getKey();
                targets[state][i++] = edge.getValue();
            }
        }
        failure = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (int i = 0; i < keys[state].length; i++) {
                char c = keys[state][i];
                int child = targets[state][i];
                int fallback = failure[state];
                while (fallback != 0 && next(fallback, c) < 0) {
                    fallback = failure[fallback];
                }
                int target = next(fallback, c);
                failure[child] = target >= 0 && target != child ? target : 0;
                found.get(child).addAll(found.get(failure[child]));
                queue.add(child);
            }
        }
        outputs = new int[states][];
        for (int i = 0; i < states; i++) {
            outputs[i] = found.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
    }

    private int next(int state, char c) {
        int at = Arrays.binarySearch(keys[state], c);
        return at >= 0 ? targets[state][at] : -1;
    }

    /** Which phrases occur in the text (already lower-cased), as a set of phrase ids. */
    BitSet search(String text) {
        BitSet hits = new BitSet(size);
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next;
            while ((next = next(state, c)) < 0 && state != 0) {
                state = failure[state];
            }
            state = Math.max(next, 0);
            for (int id : outputs[state]) {
                hits.set(id);
            }
        }
        return hits;
    }

    int size() {
        return size;
    }
}
