package jp.todoku.diagnosis.phrase;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds every one of many literals in a text in one pass (Aho-Corasick), so matching time grows
 * with the text, not with the number of entries. Literals and text must already be normalised.
 * A literal that starts or ends with a letter only counts where no other letter touches it there,
 * and one that starts or ends with a digit where no letter or digit does: {@code RP-001} does not fire
 * inside {@code XRP-0012}, yet {@code 554delivery error} (a code glued to its text, as pasted) still
 * finds {@code delivery error}.
 *
 * <p>The one matcher of the engine (issue 9), inside its one rule index, {@link MatchIndex}: the
 * reason phrases (plain substrings, {@link #anywhere}) and the knowledge base's rules (whole words)
 * both run on it.
 */
public final class LiteralAutomaton {

    private static final int ASCII = 128;

    private final int[] failure;
    private final int literalCount;
    // The trie compiled to arrays: per state, sorted edge characters and their targets.
    private final char[][] edgeCharacters;
    private final int[][] edgeTargets;
    // Per state, the literals ending there or at any state on its failure chain, so a scan never
    // walks the chain at each character (it did, and that was most of the advice's cost).
    // Kept flat: the literals of state s are outputList[outputStart[s], outputStart[s + 1]).
    private final int[] outputStart;
    private final int[] outputList;
    // Error text is nearly all ASCII: for those characters the next state is one table read
    // (failure links already followed), instead of a binary search and a walk up the failures.
    // The table has a column per ASCII character that some literal uses, and one shared by all
    // the others (from any state they lead back to the root): a fraction of 128 columns.
    private final byte[] asciiColumn;
    private final int columns;
    private final int[] asciiNext;
    // The non-ASCII characters literals use (Japanese phrases), one bit each; null for none.
    private final long[] wideCharacters;
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
        this.literalCount = literals.size();
        this.literalLengths = new int[literalCount];
        this.firstChars = new char[literalCount];
        this.lastChars = new char[literalCount];
        int longestLiteral = 0;
        int characters = 0;
        for (int index = 0; index < literalCount; index++) {
            String literal = literals.get(index);
            literalLengths[index] = literal.length();
            firstChars[index] = literal.isEmpty() ? ' ' : literal.charAt(0);
            lastChars[index] = literal.isEmpty() ? ' ' : literal.charAt(literal.length() - 1);
            longestLiteral = Math.max(longestLiteral, literal.length());
            characters += literal.length();
        }
        this.longest = longestLiteral;
        // The trie, built in flat arrays (a state per literal prefix): each state's edges are a
        // linked list of (character, target); built once at start, so plain and allocation-free.
        Trie trie = new Trie(characters + 1);
        int[] ends = new int[literalCount];
        for (int index = 0; index < literalCount; index++) {
            String literal = literals.get(index);
            int state = 0;
            for (int i = 0; i < literal.length(); i++) {
                state = trie.childOrAdd(state, literal.charAt(i));
            }
            ends[index] = state;
        }
        int states = trie.states;
        // Breadth-first order: a state's failure state is shallower, so it comes before it.
        int[] order = new int[states];
        int size = 1;
        for (int i = 0; i < size; i++) {
            for (int edge = trie.firstEdge[order[i]]; edge >= 0; edge = trie.nextEdge[edge]) {
                order[size++] = trie.edgeTarget[edge];
            }
        }
        failure = new int[states];
        for (int i = 0; i < states; i++) {
            int state = order[i];
            for (int edge = trie.firstEdge[state]; edge >= 0; edge = trie.nextEdge[edge]) {
                int child = trie.edgeTarget[edge];
                if (state == 0) {
                    failure[child] = 0;
                    continue;
                }
                char c = trie.edgeCharacter[edge];
                int fallback = failure[state];
                while (fallback != 0 && trie.child(fallback, c) < 0) {
                    fallback = failure[fallback];
                }
                int target = trie.child(fallback, c);
                failure[child] = target < 0 || target == child ? 0 : target;
            }
        }
        edgeCharacters = new char[states][];
        edgeTargets = new int[states][];
        for (int state = 0; state < states; state++) {
            int count = 0;
            for (int edge = trie.firstEdge[state]; edge >= 0; edge = trie.nextEdge[edge]) {
                count++;
            }
            long[] sorted = new long[count];
            int n = 0;
            for (int edge = trie.firstEdge[state]; edge >= 0; edge = trie.nextEdge[edge]) {
                sorted[n++] = ((long) trie.edgeCharacter[edge] << 32) | trie.edgeTarget[edge];
            }
            Arrays.sort(sorted);
            edgeCharacters[state] = new char[count];
            edgeTargets[state] = new int[count];
            for (int i = 0; i < count; i++) {
                edgeCharacters[state][i] = (char) (sorted[i] >>> 32);
                edgeTargets[state][i] = (int) sorted[i];
            }
        }
        // Literals per state, own ones first, then (complete already, being shallower) those of
        // its failure state. The root reports nothing (an empty literal never matched before either).
        int[] ownCount = new int[states];
        for (int index = 0; index < literalCount; index++) {
            ownCount[ends[index]]++;
        }
        int[][] own = new int[states][];
        for (int state = 0; state < states; state++) {
            own[state] = new int[ownCount[state]];
            ownCount[state] = 0;
        }
        for (int index = 0; index < literalCount; index++) {
            own[ends[index]][ownCount[ends[index]]++] = index;
        }
        int[][] outputArrays = new int[states][];
        outputArrays[0] = new int[0];
        for (int i = 1; i < states; i++) {
            int state = order[i];
            int[] inherited = outputArrays[failure[state]];
            if (own[state].length == 0) {
                outputArrays[state] = inherited;
            } else {
                int[] merged = Arrays.copyOf(own[state], own[state].length + inherited.length);
                System.arraycopy(inherited, 0, merged, own[state].length, inherited.length);
                outputArrays[state] = merged;
            }
        }
        outputStart = new int[states + 1];
        for (int state = 0; state < states; state++) {
            outputStart[state + 1] = outputStart[state] + outputArrays[state].length;
        }
        outputList = new int[outputStart[states]];
        for (int state = 0; state < states; state++) {
            System.arraycopy(outputArrays[state], 0, outputList, outputStart[state], outputArrays[state].length);
        }
        asciiColumn = new byte[ASCII];
        int used = 1;
        long[] wide = null;
        for (int edge = 0; edge < trie.edges; edge++) {
            char c = trie.edgeCharacter[edge];
            if (c < ASCII && asciiColumn[c] == 0) {
                asciiColumn[c] = (byte) used++;
            } else if (c >= ASCII) {
                if (wide == null) {
                    wide = new long[1 << 10];
                }
                wide[c >>> 6] |= 1L << c;
            }
        }
        wideCharacters = wide;
        columns = used;
        asciiNext = new int[states * columns];
        for (int i = 0; i < states; i++) {
            int state = order[i];
            // Without an edge, go where the failure state goes (already filled: it is shallower).
            if (state != 0) {
                System.arraycopy(asciiNext, failure[state] * columns, asciiNext, state * columns, columns);
            }
            for (int edge = trie.firstEdge[state]; edge >= 0; edge = trie.nextEdge[edge]) {
                char c = trie.edgeCharacter[edge];
                if (c < ASCII) {
                    asciiNext[state * columns + (asciiColumn[c] & 0xff)] = trie.edgeTarget[edge];
                }
            }
        }
    }

    /** The trie while it is built: states and their edges as linked lists in flat arrays. */
    private static final class Trie {
        final int[] firstEdge;
        final int[] nextEdge;
        final char[] edgeCharacter;
        final int[] edgeTarget;
        int states = 1;
        int edges;

        Trie(int maximumStates) {
            firstEdge = new int[maximumStates];
            Arrays.fill(firstEdge, -1);
            nextEdge = new int[maximumStates];
            edgeCharacter = new char[maximumStates];
            edgeTarget = new int[maximumStates];
        }

        int child(int state, char c) {
            for (int edge = firstEdge[state]; edge >= 0; edge = nextEdge[edge]) {
                if (edgeCharacter[edge] == c) {
                    return edgeTarget[edge];
                }
            }
            return -1;
        }

        int childOrAdd(int state, char c) {
            int found = child(state, c);
            if (found >= 0) {
                return found;
            }
            int target = states++;
            edgeCharacter[edges] = c;
            edgeTarget[edges] = target;
            nextEdge[edges] = firstEdge[state];
            firstEdge[state] = edges++;
            return target;
        }
    }

    // Whether some literal has the (non-ASCII) character: a bit per character, none when no literal has any.
    private boolean isWide(char c) {
        long[] wide = wideCharacters;
        return wide != null && (wide[c >>> 6] & (1L << c)) != 0;
    }

    private int step(int state, char c) {
        int found = Arrays.binarySearch(edgeCharacters[state], c);
        return found < 0 ? -1 : edgeTargets[state][found];
    }

    /** Indexes (into the constructor's list) of the literals found in the text, each once. */
    public BitSet find(String text) {
        return find(text, text.length());
    }

    /** {@link #find(String)} for the text {@code chars[0, length)}, read in place. */
    public BitSet find(char[] chars, int length) {
        return find(chars, length, length);
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
        // One copy into a plain array: the CLI's quick compiler (C1) keeps the bounds and coder
        // checks of String.charAt on every character, and this loop reads every character.
        char[] chars = text.toCharArray();
        return find(chars, chars.length, lastStart);
    }

    private BitSet find(char[] chars, int length, int lastStart) {
        BitSet found = new BitSet(literalCount);
        int state = 0;
        for (int position = 0; position < length; position++) {
            char c = chars[position];
            if (c < ASCII) {
                state = asciiNext[state * columns + (asciiColumn[c] & 0xff)];
            } else if (!isWide(c)) {
                // No literal has this character: from any state it leads back to the root.
                state = 0;
            } else {
                int target = step(state, c);
                while (state != 0 && target < 0) {
                    state = failure[state];
                    target = step(state, c);
                }
                state = Math.max(target, 0);
            }
            for (int i = outputStart[state], last = outputStart[state + 1]; i < last; i++) {
                int index = outputList[i];
                if (found.get(index)) {
                    continue;
                }
                int literalLength = literalLengths[index];
                if (position - literalLength < lastStart
                        && (!wholeWords || standsAlone(chars, length, position, literalLength, index))) {
                    found.set(index);
                }
            }
        }
        return found;
    }

    private boolean standsAlone(char[] text, int textLength, int end, int length, int index) {
        int start = end - length + 1;
        boolean startOk = start == 0 || !glued(firstChars[index], text[start - 1]);
        boolean endOk = end + 1 >= textLength || !glued(lastChars[index], text[end + 1]);
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

    /** The length of the longest literal. */
    public int longest() {
        return longest;
    }

    /** How many literals were given. */
    public int size() {
        return literalCount;
    }
}
