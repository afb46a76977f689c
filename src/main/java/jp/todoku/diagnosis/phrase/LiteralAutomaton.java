package jp.todoku.diagnosis.phrase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.stream.IntStream;

/**
 * Finds every one of many literals in a text in one pass (Aho-Corasick), so matching time grows
 * with the text, not with the number of entries. Literals and text must already be normalised.
 * A literal that starts or ends with a letter only counts where no other letter touches it there,
 * and one that starts or ends with a digit where no letter or digit does: {@code RP-001} does not fire
 * inside {@code XRP-0012}, yet {@code 554delivery error} (a code glued to its text, as pasted) still
 * finds {@code delivery error}.
 *
 * <p>The one matcher of the engine (issue 9): the reason phrases ({@link PhraseIndex}, plain
 * substrings, {@link #anywhere}) and the knowledge base's rules (whole words) both run on it.
 */
public final class LiteralAutomaton {

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<List<Integer>> outputs = new ArrayList<>();
    private final int[] failure;
    private final List<String> literals;
    // The trie compiled to arrays once built: per state, sorted edge characters and their targets.
    private final char[][] edgeCharacters;
    private final int[][] edgeTargets;
    // Per state, the literals ending there or at any state on its failure chain, so a scan never
    // walks the chain at each character (it did, and that was most of the advice's cost).
    private final int[][] outputArrays;
    // Error text is nearly all ASCII: for those characters the next state is one table read
    // (failure links already followed), instead of a binary search and a walk up the failures.
    private final int[] asciiNext;
    private final int longest;
    private final boolean wholeWords;
    // Per literal: its length and its edge characters, read without touching the String.
    private final int[] literalLengths;
    private final char[] firstChars;
    private final char[] lastChars;

    /** Literals that count only where no letter (or, for a digit, no letter or digit) touches them. */
    public LiteralAutomaton(List<String> literals) {
        this(literals, true);
    }

    /** Literals that count wherever they occur, inside words too (the reason phrase tables). */
    public static LiteralAutomaton anywhere(List<String> literals) {
        return new LiteralAutomaton(literals, false);
    }

    private LiteralAutomaton(List<String> literals, boolean wholeWords) {
        this.wholeWords = wholeWords;
        this.literals = List.copyOf(literals);
        this.literalLengths = new int[literals.size()];
        this.firstChars = new char[literals.size()];
        this.lastChars = new char[literals.size()];
        for (int index = 0; index < literals.size(); index++) {
            String literal = literals.get(index);
            literalLengths[index] = literal.length();
            firstChars[index] = literal.isEmpty() ? ' ' : literal.charAt(0);
            lastChars[index] = literal.isEmpty() ? ' ' : literal.charAt(literal.length() - 1);
        }
        this.longest = literals.stream().mapToInt(String::length).max().orElse(0);
        addState();
        for (int index = 0; index < literals.size(); index++) {
            int state = 0;
            for (char c : literals.get(index).toCharArray()) {
                Integer target = next.get(state).get(c);
                if (target == null) {
                    target = addState();
                    next.get(state).put(c, target);
                }
                state = target;
            }
            outputs.get(state).add(index);
        }
        failure = new int[next.size()];
        linkFailures();
        edgeCharacters = new char[next.size()][];
        edgeTargets = new int[next.size()][];
        outputArrays = new int[next.size()][];
        for (int state = 0; state < next.size(); state++) {
            List<Character> characters = new ArrayList<>(next.get(state).keySet());
            characters.sort(null);
            edgeCharacters[state] = new char[characters.size()];
            edgeTargets[state] = new int[characters.size()];
            for (int i = 0; i < characters.size(); i++) {
                edgeCharacters[state][i] = characters.get(i);
                edgeTargets[state][i] = next.get(state).get(characters.get(i));
            }
        }
        List<Integer> breadthFirst = breadthFirst();
        mergeOutputs(breadthFirst);
        asciiNext = tabulateAscii(breadthFirst);
    }

    private static final int ASCII = 128;

    private void mergeOutputs(List<Integer> breadthFirst) {
        for (int state : breadthFirst) {
            // Parents come first in breadth-first order, so the failure state's outputs are complete.
            // The root reports nothing (an empty literal never matched before either).
            if (state == 0) {
                outputArrays[0] = new int[0];
                continue;
            }
            int[] own = outputs.get(state).stream().mapToInt(Integer::intValue).toArray();
            outputArrays[state] = IntStream.concat(Arrays.stream(own), Arrays.stream(outputArrays[failure[state]])).toArray();
        }
    }

    private int[] tabulateAscii(List<Integer> breadthFirst) {
        int[] table = new int[next.size() * ASCII];
        for (int state : breadthFirst) {
            for (char c = 0; c < ASCII; c++) {
                int target = step(state, c);
                // Without an edge, go where the failure state goes (already filled: it is shallower).
                table[state * ASCII + c] = target >= 0 ? target : state == 0 ? 0 : table[failure[state] * ASCII + c];
            }
        }
        return table;
    }

    private List<Integer> breadthFirst() {
        List<Integer> order = new ArrayList<>(next.size());
        order.add(0);
        for (int i = 0; i < order.size(); i++) {
            order.addAll(next.get(order.get(i)).values());
        }
        return order;
    }

    private int step(int state, char c) {
        int found = Arrays.binarySearch(edgeCharacters[state], c);
        return found < 0 ? -1 : edgeTargets[state][found];
    }

    /** Indexes (into the constructor's list) of the literals found in the text, each once. */
    public BitSet find(String text) {
        return find(text, text.length());
    }

    /**
     * The literals found in {@code head + " " + tail}, given those found in {@code tail} alone. A
     * literal lying wholly in the tail was found there already (the space glues to nothing), so only
     * matches that begin in the head or at the space are scanned for, and they end within the
     * longest literal's length of the tail: one failure's text joined to a long shared input costs
     * a scan of the failure's text only.
     */
    public BitSet findJoined(String head, String tail, BitSet inTail) {
        String joined = head + " " + tail.substring(0, Math.min(tail.length(), longest));
        BitSet found = find(joined, head.length());
        found.or(inTail);
        return found;
    }

    private BitSet find(String text, int lastStart) {
        BitSet found = new BitSet(literals.size());
        // One copy into a plain array: the CLI's quick compiler (C1) keeps the bounds and coder
        // checks of String.charAt on every character, and this loop reads every character.
        char[] chars = text.toCharArray();
        int state = 0;
        for (int position = 0; position < chars.length; position++) {
            char c = chars[position];
            if (c < ASCII) {
                state = asciiNext[state * ASCII + c];
            } else {
                int target = step(state, c);
                while (state != 0 && target < 0) {
                    state = failure[state];
                    target = step(state, c);
                }
                state = Math.max(target, 0);
            }
            for (int index : outputArrays[state]) {
                if (found.get(index)) {
                    continue;
                }
                int length = literalLengths[index];
                if (position - length < lastStart && (!wholeWords || standsAlone(chars, position, length, index))) {
                    found.set(index);
                }
            }
        }
        return found;
    }

    private boolean standsAlone(char[] text, int end, int length, int index) {
        int start = end - length + 1;
        boolean startOk = start == 0 || !glued(firstChars[index], text[start - 1]);
        boolean endOk = end + 1 >= text.length || !glued(lastChars[index], text[end + 1]);
        return startOk && endOk;
    }

    private static boolean glued(char edge, char neighbour) {
        if (isLetter(edge)) {
            return isLetter(neighbour);
        }
        return isDigit(edge) && (isLetter(neighbour) || isDigit(neighbour));
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int addState() {
        next.add(new HashMap<>());
        outputs.add(new ArrayList<>());
        return next.size() - 1;
    }

    private void linkFailures() {
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            failure[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int fallback = failure[state];
                while (fallback != 0 && !next.get(fallback).containsKey(edge.getKey())) {
                    fallback = failure[fallback];
                }
                Integer target = next.get(fallback).get(edge.getKey());
                failure[child] = target == null || target == child ? 0 : target;
                queue.add(child);
            }
        }
    }

    /** How many literals were given. */
    public int size() {
        return literals.size();
    }
}
