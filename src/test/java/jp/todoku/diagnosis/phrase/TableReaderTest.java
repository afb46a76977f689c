package jp.todoku.diagnosis.phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.todoku.diagnosis.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The table format: good lines load with their defaults, bad lines stop loading with a message naming the line. */
class TableReaderTest {

    @Test
    void readsRuleLinesWithDefaultsCommentsAndBlankLines() {
        RuleTable table = TableReader.rules("test.tsv", TableReader.lines("test.tsv", """
                # a comment
                userunknown\tcontains\tUser  Unknown

                rejected\tcontains\taccess denied\tMAIL\t5.7.*\t5xx\tnote here
                failedstarttls\tany\t-\t*\t*\t523-524
                spamdetected\tall\tmail score ( && over\t!CONN,EHLO
                """));
        assertThat(table.rules()).hasSize(4);
        Rule first = table.rules().get(0);
        assertThat(first.reason()).isEqualTo(Reason.USER_UNKNOWN);
        assertThat(first.phrase().parts()).containsExactly("user unknown");
        assertThat(first.phase()).isEqualTo(PhaseGuard.ANY);
        assertThat(first.status().isAny()).isTrue();
        assertThat(first.source()).isEqualTo("test.tsv:2");
        Rule second = table.rules().get(1);
        assertThat(second.source()).isEqualTo("test.tsv:4");
        assertThat(second.note()).isEqualTo("note here");
        assertThat(second.phase().toString()).isEqualTo("MAIL");
        assertThat(table.rules().get(3).phrase().parts()).containsExactly("mail score (", "over");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown reason              | userunknwn\\tcontains\\tx                         | 'userunknwn' is not a reason
            unknown match kind          | userunknown\\tregex\\t.*                          | 'regex' is not a match kind
            too few columns             | userunknown\\tcontains                            | expected 3 to 7 tab-separated columns
            too many columns            | userunknown\\tcontains\\tx\\t*\\t*\\t*\\tnote\\textra | expected 3 to 7 tab-separated columns
            'all' with one part         | blocked\\tall\\tblocked using                     | 'all' needs two or more parts
            'all' with an empty part    | blocked\\tall\\tblocked &&  && using              | 'all' needs two or more parts
            'any' with a text           | blocked\\tany\\tblocked                           | 'any' takes no text
            empty text                  | blocked\\tcontains\\t                             | 'contains' needs a text
            bad phase                   | blocked\\tcontains\\tx\\tRCTP                      | 'RCTP' is not an SMTP step list
            bad status                  | blocked\\tcontains\\tx\\t*\\t5.7                    | '5.7' is not a status pattern
            bad status range            | blocked\\tcontains\\tx\\t*\\t5.7.9-5.7.1            | '5.7.9-5.7.1' is not a status pattern
            bad reply                   | blocked\\tcontains\\tx\\t*\\t*\\t55                  | '55' is not a reply code pattern
            """)
    void refusesMalformedLinesNamingTableAndLine(String what, String line, String message) {
        String content = "# header\nmailboxfull\tcontains\tmailbox full\n" + line.replace("\\t", "\t") + "\n";
        assertThatThrownBy(() -> TableReader.rules("bad.tsv", TableReader.lines("bad.tsv", content)))
                .isInstanceOf(TableFormatException.class)
                .hasMessageStartingWith("bad.tsv line 3: ")
                .hasMessageContaining(message);
    }

    @Test
    void refusesAnEmptyTableAndAMissingResource() {
        assertThatThrownBy(() -> TableReader.rules("empty.tsv", TableReader.lines("empty.tsv", "# nothing\n\n")))
                .isInstanceOf(TableFormatException.class).hasMessage("empty.tsv: has no rules");
        assertThatThrownBy(() -> TableReader.rules("diagnosis/reasons/no-such-table.tsv"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("not found on the classpath");
    }

    @Test
    void phraseListsNeedATextOnEveryLine() {
        PhraseList list = TableReader.phrases("t.tsv", TableReader.lines("t.tsv", "contains\tTry Again Later\tnote\nword\tdeferred\n"));
        assertThat(list.phrases()).hasSize(2);
        assertThat(list.matches("451 please try again later")).isTrue();
        assertThat(list.matches("undeferred")).isFalse();
        assertThatThrownBy(() -> TableReader.phrases("t.tsv", TableReader.lines("t.tsv", "any\t-\n")))
                .hasMessage("t.tsv line 1: a phrase list needs a text on every line");
    }

    @Test
    void everyLineOfABundledRuleTableParses() {
        // The generic phrase table, read line by line: a bad line anywhere fails here with its number.
        List<TableLine> lines = TableReader.lines("diagnosis/reasons/phrases.tsv");
        RuleTable table = TableReader.rules("diagnosis/reasons/phrases.tsv", lines);
        assertThat(table.rules()).hasSameSizeAs(lines).hasSizeGreaterThan(500);
        assertThat(table.rules()).extracting(Rule::reason).contains(Reason.USER_UNKNOWN, Reason.MAILBOX_FULL,
                Reason.BLOCKED, Reason.SPAM_DETECTED, Reason.VACATION);
    }
}
