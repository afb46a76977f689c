package jp.todoku.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data file loads, and a broken one is refused at load time with a useful message. */
class QuestionnaireLoadTest {

    // The smallest valid questionnaire: the five ticket questions in a row.
    private static final String CORE = """
            start direction
            question direction choice
              option SEND
              option RECEIVE
              next domain
            question domain text format=domain
              next since
            question since date
              next scope
            question scope choice
              option ALL
              option SOME
              next symptom
            question symptom choice
              option CANNOT_SEND
              option CANNOT_RECEIVE
              option NOT_DELIVERED
              option NOT_ARRIVING
              option DELAYED
              option ERROR_MAIL
              next end
            """;

    private static Questionnaire read(String text) throws IOException {
        return Questionnaire.read(new StringReader(text));
    }

    @Test
    void bundledQuestionnaireLoads() {
        Questionnaire questionnaire = Questionnaire.bundled();
        assertThat(questionnaire.start()).isEqualTo("direction");
        assertThat(questionnaire.questions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(questionnaire.findingRules()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(questionnaire.findings()).filteredOn(Finding::asksForErrorMail).isNotEmpty();
    }

    @Test
    void everyFindingCanBeReached() {
        // Every finding is named by some branch test; this guards against a rule whose condition never holds.
        Questionnaire questionnaire = Questionnaire.bundled();
        Set<String> reached = new HashSet<>();
        exploreAll(new Guide(questionnaire, GuideWalk.CLOCK), Answers.empty().with("domain", "example.jp")
                .with("since", "2026-11-01"), reached, 0);
        assertThat(reached).containsExactlyInAnyOrderElementsOf(questionnaire.findings().stream().map(Finding::id).toList());
    }

    private static void exploreAll(Guide guide, Answers answers, Set<String> reached, int depth) {
        Step step = guide.next(answers);
        if (step instanceof Outcome outcome) {
            outcome.findings().forEach(finding -> reached.add(finding.id()));
            return;
        }
        Ask ask = (Ask) step;
        assertThat(depth).isLessThan(30);
        for (Option option : ask.options()) {
            exploreAll(guide, ask.carried().with(ask.question().id(), option.value()), reached, depth + 1);
        }
    }

    @Test
    void minimalQuestionnaireEndsInTheFallbackFinding() throws IOException {
        Questionnaire questionnaire = read(CORE + "finding contact-support priority=low ticket=yes fallback\n  steps 1\n");
        Guide guide = new Guide(questionnaire, GuideWalk.CLOCK);
        Step step = guide.next(Answers.of(java.util.Map.of("direction", "SEND", "domain", "a.jp", "since", "2026-01-01",
                "scope", "ALL", "symptom", "DELAYED")));
        assertThat(step).isInstanceOf(Outcome.class);
        assertThat(((Outcome) step).findings()).extracting(Finding::id).containsExactly("contact-support");
    }

    @Test
    void refusesBrokenData() {
        List<String[]> cases = List.of(
                new String[] {CORE.replace("next since", "next sinse"), "unknown question 'sinse'"},
                new String[] {CORE.replace("next end", "next direction"), "loop"},
                new String[] {CORE + "question orphan choice\n option A\n next end\n", "can never be reached"},
                new String[] {CORE + "finding x priority=high\n when scope=SOMETIMES\n", "never offers SOMETIMES"},
                new String[] {CORE + "finding x priority=high\n when nothing=A\n", "unknown question 'nothing'"},
                new String[] {CORE + "finding x priority=high\n when domain=A\n", "only test choice questions"},
                new String[] {CORE + "finding x priority=high\n", "fallback has no conditions"},
                new String[] {CORE + "finding x priority=urgent\n when scope=ALL\n", "unknown Priority"},
                new String[] {CORE + "finding x priority=high\nfinding x priority=low\n when scope=ALL\n", "line"},
                new String[] {CORE.replace("  option ERROR_MAIL\n", ""), "must offer exactly"},
                new String[] {CORE.replace("question since date", "question since text"), "must be DATE"},
                new String[] {CORE.replace("text format=domain", "text"), "must have format=domain"},
                new String[] {CORE.replace("  next symptom\n", "  next symptom when direction=SEND\n"), "leads nowhere"},
                new String[] {CORE.replace("  next domain\n", "  option SKIP -> scope\n  next domain\n")
                        .replace("option SEND\n", "option SEND\n"), "must offer exactly"},
                new String[] {CORE.replace("start direction", "start nowhere"), "start question 'nowhere'"},
                new String[] {CORE + "bogus line\n", "line 22: unknown statement 'bogus'"},
                new String[] {CORE.replace("  option ALL\n", "  option ALL\n  option ALL\n"), "appears twice"});
        for (String[] broken : cases) {
            assertThatThrownBy(() -> read(broken[0])).as(broken[1])
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(broken[1]);
        }
    }

    @Test
    void aTicketQuestionSkippedOnSomePathIsRefused() {
        String skipping = CORE.replace("question direction choice\n  option SEND\n",
                "question direction choice\n  option SEND -> scope\n");
        assertThatThrownBy(() -> read(skipping)).hasMessageContaining("some path skips it");
    }
}
