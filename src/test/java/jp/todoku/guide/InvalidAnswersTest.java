package jp.todoku.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Missing, invalid and stale answers: the guide asks again and never throws. */
class InvalidAnswersTest {

    private final Guide guide = GuideWalk.GUIDE;

    private Ask ask(Map<String, String> flat) {
        Step step = guide.next(guide.answersFrom(flat));
        assertThat(step).isInstanceOf(Ask.class);
        return (Ask) step;
    }

    private static Map<String, String> base() {
        Map<String, String> flat = new LinkedHashMap<>();
        flat.put("direction", "SEND");
        flat.put("domain", "example.co.jp");
        flat.put("since", "2026-11-20");
        flat.put("scope", "ALL");
        return flat;
    }

    @Test
    void emptyAnswersAskTheFirstQuestion() {
        Ask ask = ask(Map.of());
        assertThat(ask.question().id()).isEqualTo("direction");
        assertThat(ask.problem()).isEmpty();
        assertThat(ask.number()).isEqualTo(1);
        assertThat(ask.options()).extracting(Option::value).containsExactly("SEND", "RECEIVE");
        assertThat(guide.next(null)).isInstanceOf(Ask.class);
    }

    @Test
    void aMissingAnswerInTheMiddleIsAskedAgainKeepingTheLaterOnes() {
        Map<String, String> flat = base();
        flat.remove("since");
        flat.put("symptom", "CANNOT_SEND");

        Ask ask = ask(flat);
        assertThat(ask.question().id()).isEqualTo("since");
        assertThat(ask.problem()).isEmpty();
        assertThat(ask.carried().toMap()).containsEntry("symptom", "CANNOT_SEND").containsEntry("scope", "ALL");
    }

    @Test
    void anUnknownChoiceIsRefusedAndAskedAgain() {
        Map<String, String> flat = base();
        flat.put("direction", "SIDEWAYS");
        Ask ask = ask(flat);
        assertThat(ask.question().id()).isEqualTo("direction");
        assertThat(ask.problem()).contains("guide.problem.choice");
        assertThat(ask.value()).contains("SIDEWAYS");
    }

    @Test
    void aSymptomThatDoesNotFitTheDirectionIsRefused() {
        Map<String, String> flat = base();
        flat.put("symptom", "CANNOT_RECEIVE");
        Ask ask = ask(flat);
        assertThat(ask.question().id()).isEqualTo("symptom");
        assertThat(ask.problem()).contains("guide.problem.choice");
        assertThat(ask.options()).extracting(Option::value)
                .containsExactly("CANNOT_SEND", "NOT_DELIVERED", "ERROR_MAIL", "DELAYED");
    }

    @Test
    void aBadDomainIsRefusedWithTheTypedTextKept() {
        for (String bad : new String[] {"not a domain", "example", "exa_mple.jp", "-x.jp", "x..jp", "<script>.jp", "@"}) {
            Map<String, String> flat = base();
            flat.put("domain", bad);
            Ask ask = ask(flat);
            assertThat(ask.question().id()).as(bad).isEqualTo("domain");
            assertThat(ask.problem()).as(bad).contains("guide.problem.domain");
            assertThat(ask.value()).contains(bad.strip());
        }
    }

    @Test
    void domainsAreNormalised() {
        assertThat(AnswerCheck.checkDomain("Info@Example.CO.JP").value()).contains("example.co.jp");
        assertThat(AnswerCheck.checkDomain("ｅｘａｍｐｌｅ．ｊｐ").value()).contains("example.jp");
        assertThat(AnswerCheck.checkDomain("example.jp.").value()).contains("example.jp");
        assertThat(AnswerCheck.checkDomain("日本語.jp").value()).contains("日本語.jp");
    }

    @Test
    void datesAreCheckedAgainstTheCalendarInJapan() {
        Map<String, String> flat = base();
        flat.put("since", "2026-11-24");
        assertThat(ask(flat).problem()).contains("guide.problem.date-future");
        flat.put("since", "2026-02-30");
        assertThat(ask(flat).problem()).contains("guide.problem.date");
        flat.put("since", "0202-01-01");
        assertThat(ask(flat).problem()).contains("guide.problem.date-old");
        flat.put("since", "yesterday");
        assertThat(ask(flat).problem()).contains("guide.problem.date");

        // Today in Japan (the fixed clock is 10:00 JST on the 23rd) is fine; so are Japanese spellings.
        assertThat(AnswerCheck.checkDate("2026/11/23", GuideWalk.CLOCK.instant().atZone(Guide.CUSTOMER_ZONE).toLocalDate())
                .value()).contains("2026-11-23");
        assertThat(AnswerCheck.checkDate("２０２６年１１月３日", java.time.LocalDate.of(2026, 11, 23)).value())
                .contains("2026-11-03");
    }

    @Test
    void answersFromAnAbandonedBranchAreDroppedFromTheOutcome() {
        Map<String, String> flat = base();
        flat.put("symptom", "NOT_DELIVERED");
        flat.put("send.recipient", "MOBILE");
        flat.put("send.attachment", "NONE");
        flat.put("send.spam-asked", "YES");
        // Left over from an earlier visit to the "cannot send" branch.
        flat.put("send.port", "25");
        flat.put("send.abroad", "YES");

        Step step = guide.next(guide.answersFrom(flat));
        assertThat(step).isInstanceOf(Outcome.class);
        Outcome outcome = (Outcome) step;
        assertThat(outcome.has("op25b-port-587")).isFalse();
        assertThat(outcome.has("smtp-auth-abroad")).isFalse();
        assertThat(outcome.answers().toMap()).doesNotContainKeys("send.port", "send.abroad");
    }

    @Test
    void revisitingAQuestionPrefillsItAndKeepsEverythingElse() {
        Map<String, String> flat = base();
        flat.put("symptom", "NOT_DELIVERED");
        flat.put("send.recipient", "MOBILE");

        Step step = guide.revisit(guide.answersFrom(flat), "scope");
        assertThat(step).isInstanceOf(Ask.class);
        Ask ask = (Ask) step;
        assertThat(ask.question().id()).isEqualTo("scope");
        assertThat(ask.value()).contains("ALL");
        assertThat(ask.carried().toMap()).containsKeys("symptom", "send.recipient").doesNotContainKey("scope");
        assertThat(ask.path()).extracting(AnsweredQuestion::questionId).containsExactly("direction", "domain", "since");

        // Revisiting something not on the path is just "next".
        Step other = guide.revisit(guide.answersFrom(flat), "send.port");
        assertThat(((Ask) other).question().id()).isEqualTo("send.attachment");
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(42);
        var ids = guide.questionnaire().questions().stream().map(Question::id).toList();
        assertThatCode(() -> {
            for (int round = 0; round < 2_000; round++) {
                Map<String, String> flat = new LinkedHashMap<>();
                int count = random.nextInt(ids.size() + 1);
                for (int i = 0; i < count; i++) {
                    String id = ids.get(random.nextInt(ids.size()));
                    Question question = guide.questionnaire().findQuestion(id).orElseThrow();
                    String value = random.nextBoolean() && !question.options().isEmpty()
                            ? question.options().get(random.nextInt(question.options().size())).value()
                            : randomText(random);
                    flat.put(id, value);
                }
                Step step = guide.next(guide.answersFrom(flat));
                assertThat(step).isNotNull();
                if (step instanceof Ask ask && !flat.isEmpty()) {
                    guide.revisit(ask.carried(), ids.get(random.nextInt(ids.size())));
                }
            }
        }).doesNotThrowAnyException();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x3100));
        }
        return text.toString();
    }
}
