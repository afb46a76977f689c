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
    // The tables hold a state as its row's offset in asciiNext, with this bit set when literals
    // end there: a scan's step is then one read, and most characters (no literal ends at them)
    // cost no look at the outputs (see find: under the CLI's quick compiler every read counts).
    private static final int OUTPUT = 1 << 30;
    private static final int ROW = OUTPUT - 1;

    private final int literalCount;
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
    // The same for the non-ASCII characters literals use (Japanese phrases). Japanese text is a
    // large share of what is scanned, and a binary search per character plus a walk up the failure
    // links was half of the scan's time. Such a character has a column (numbered from 1; 0 stands for
    // every character no literal uses), found in a block per high byte (null where no literal has a character). Only the
    // root and the states whose failure chain holds a non-ASCII edge have a row of their own
    // (a few hundred); from every other state these characters go where they go from the root.
    private final char[][] wideColumnBlocks;
    private final int wideColumns;
    private final int[] wideRow;
    private final int[] wideNext;
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
        // States renumbered in that order: the shallow ones, where a scan spends nearly all its
        // steps, then have neighbouring rows in the tables (a few cache lines instead of rows spread
        // over megabytes); the order of a breadth-first walk is then the numbering itself.
        int[] rank = new int[states];
        for (int i = 0; i < states; i++) {
            rank[order[i]] = i;
        }
        trie.renumber(rank);
        for (int index = 0; index < literalCount; index++) {
            ends[index] = rank[ends[index]];
        }
        for (int i = 0; i < states; i++) {
            order[i] = i;
        }
        int[] failure = new int[states];
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
        char[][] blocks = new char[256][];
        int wideUsed = 1;
        for (int edge = 0; edge < trie.edges; edge++) {
            char c = trie.edgeCharacter[edge];
            if (c < ASCII && asciiColumn[c] == 0) {
                asciiColumn[c] = (byte) used++;
            } else if (c >= ASCII) {
                if (blocks[c >>> 8] == null) {
                    blocks[c >>> 8] = new char[256];
                }
                if (blocks[c >>> 8][c & 0xff] == 0) {
                    blocks[c >>> 8][c & 0xff] = (char) wideUsed++;
                }
            }
        }
        wideColumnBlocks = blocks;
        wideColumns = wideUsed;
        wideRow = new int[states];
        int rows = 1;
        for (int i = 1; i < states; i++) {
            int state = order[i];
            boolean wideEdge = false;
            for (int edge = trie.firstEdge[state]; edge >= 0 && !wideEdge; edge = trie.nextEdge[edge]) {
                wideEdge = trie.edgeCharacter[edge] >= ASCII;
            }
            // Shallower states are numbered first, so the failure state's row is known.
            if (wideEdge || wideRow[failure[state]] != 0) {
                wideRow[state] = rows++;
            }
        }
        wideNext = new int[rows * wideColumns];
        for (int i = 0; i < states; i++) {
            int state = order[i];
            int row = wideRow[state];
            if (state != 0 && row == 0) {
                continue;
            }
            if (state != 0) {
                // Without an edge, go where the failure state goes (the root's row when it has none).
                System.arraycopy(wideNext, wideRow[failure[state]] * wideColumns, wideNext, row * wideColumns, wideColumns);
            }
            for (int edge = trie.firstEdge[state]; edge >= 0; edge = trie.nextEdge[edge]) {
                char c = trie.edgeCharacter[edge];
                if (c >= ASCII) {
                    wideNext[row * wideColumns + blocks[c >>> 8][c & 0xff]] = trie.edgeTarget[edge];
                }
            }
        }
        columns = used;
        if ((long) states * columns >= OUTPUT) {
            // The offsets must leave the flag bit free (a million states or so; the knowledge base has 21,547).
            throw new IllegalArgumentException("too many literals for one automaton: " + literalCount);
        }
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
        for (int i = 0; i < asciiNext.length; i++) {
            asciiNext[i] = code(asciiNext[i]);
        }
        for (int i = 0; i < wideNext.length; i++) {
            wideNext[i] = code(wideNext[i]);
        }
    }

    // A state as the tables hold it (see OUTPUT).
    private int code(int state) {
        return state * columns | (outputStart[state + 1] > outputStart[state] ? OUTPUT : 0);
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

        // Gives state s the number rank[s]; edges keep their lists.
        void renumber(int[] rank) {
            int[] first = Arrays.copyOf(firstEdge, states);
            for (int state = 0; state < states; state++) {
                firstEdge[rank[state]] = first[state];
            }
            for (int edge = 0; edge < edges; edge++) {
                edgeTarget[edge] = rank[edgeTarget[edge]];
            }
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

    // The next state for a non-ASCII character: its column (0 when no literal has it, which leads
    // back to the root from anywhere) in the state's row, or in the root's.
    private int wideStep(int code, char c) {
        char[] block = wideColumnBlocks[c >>> 8];
        int column = block == null ? 0 : block[c & 0xff];
        return wideNext[wideRow[(code & ROW) / columns] * wideColumns + column];
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
        // The tables in locals: the quick compiler reads a field again at every use.
        int[] next = asciiNext;
        byte[] column = asciiColumn;
        int code = 0;
        for (int position = 0; position < length; position++) {
            char c = chars[position];
            code = c < ASCII ? next[(code & ROW) + (column[c] & 0xff)] : wideStep(code, c);
            if (code < OUTPUT) {
                continue;
            }
            int state = (code & ROW) / columns;
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
