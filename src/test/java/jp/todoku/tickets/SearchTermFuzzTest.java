package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import jp.todoku.fuzz.Bounds;

/**
 * The queue's search terms (issue 16). The input's first line is the term, the rest a ticket's text.
 * The term is prepared without throwing, its PostgreSQL query quotes every piece, its LIKE pattern
 * escapes the term's own wildcards, and the index never hides a ticket: when the ticket's text holds the
 * term from the start of a word (the documented rule for ASCII words), every piece the term requires is
 * among the pieces written with the ticket.
 */
class SearchTermFuzzTest {

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void term(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String raw = newline < 0 ? text : text.substring(0, newline);
        String ticket = newline < 0 ? raw : text.substring(newline + 1);

        SearchTerm term = bounds.timed("SearchTerm.of", raw.length(), () -> SearchTerm.of(raw));
        assertThat(term.normalised()).isEqualTo(term.normalised().strip());
        // NFKC may lengthen a character up to 18 times (U+FDFA, a finding: one character, a 74-character
        // query): the term normalised is bounded by that, and the query by the normalised term.
        Bounds.outputBounded("normalised term", term.normalised().length(), raw.length(), 18, 0);
        Bounds.outputBounded("tsquery", term.tsquery().length(), term.normalised().length(), 40, 16);
        assertQuoted(term.tsquery());
        assertEscaped(term.likePattern());
        term.mayBeExact();
        term.upperCase();

        String stored = SearchText.join(TicketLimits.SEARCH_TEXT, ticket);
        String grams = bounds.timed("SearchGrams.of", stored.length(), () -> SearchGrams.of(stored));
        Bounds.outputBounded("grams", grams.length(), stored.length(), 4, 16);
        int at = stored.indexOf(term.normalised());
        if (!term.normalised().isEmpty() && at >= 0 && startsAWord(stored, at) && grams.length() < SearchGrams.LIMIT - 200) {
            Set<String> pieces = Set.of(grams.split(" "));
            for (String piece : term.required().exact()) {
                assertThat(pieces).as("pieces of %s for term %s", stored, term.normalised()).contains(piece);
            }
            String prefix = term.required().prefix();
            if (prefix != null) {
                assertThat(pieces.stream().anyMatch(piece -> piece.startsWith(prefix)))
                        .as("a word starting with %s in %s", prefix, grams).isTrue();
            }
        }
    }

    private static boolean startsAWord(String text, int at) {
        return at == 0 || !SearchGrams.isWordCharacter(text.charAt(at - 1))
                || !SearchGrams.isWordCharacter(text.charAt(at));
    }

    /** {@code 'a' & 'b':*}: every piece in quotes, quotes inside doubled. */
    private static void assertQuoted(String tsquery) {
        if (tsquery.isEmpty()) {
            return;
        }
        for (String piece : tsquery.split(" & ", -1)) {
            String quoted = piece.endsWith(":*") ? piece.substring(0, piece.length() - 2) : piece;
            assertThat(quoted).startsWith("'").endsWith("'").hasSizeGreaterThanOrEqualTo(3);
            String inner = quoted.substring(1, quoted.length() - 1);
            assertThat(inner.replace("''", "")).doesNotContain("'");
        }
    }

    /** {@code %...%} with every % _ \ of the term escaped by a backslash. */
    private static void assertEscaped(String pattern) {
        assertThat(pattern).startsWith("%").endsWith("%");
        String inner = pattern.substring(1, pattern.length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                assertThat(i + 1).as("escape at the end of %s", pattern).isLessThan(inner.length());
                assertThat("%_\\".indexOf(inner.charAt(i + 1))).isGreaterThanOrEqualTo(0);
                i++;
            } else {
                assertThat(c).as("unescaped wildcard in %s", pattern).isNotIn('%', '_');
            }
        }
    }
}
