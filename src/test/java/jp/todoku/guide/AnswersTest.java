package jp.todoku.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void roundTripsThroughTheFlatMapInOrder() {
        Answers answers = Answers.empty().with("direction", "SEND").with("domain", "example.jp").with("send.port", "25");

        Map<String, String> flat = answers.toMap();
        assertThat(flat.keySet()).containsExactly("direction", "domain", "send.port");
        assertThat(Answers.of(flat)).isEqualTo(answers);
        assertThat(Answers.of(new LinkedHashMap<>(flat)).find("send.port")).contains("25");
    }

    @Test
    void isImmutable() {
        Answers answers = Answers.empty().with("direction", "SEND");
        Answers changed = answers.with("direction", "RECEIVE").without("nothing");

        assertThat(answers.find("direction")).contains("SEND");
        assertThat(changed.find("direction")).contains("RECEIVE");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> answers.toMap().put("x", "y"));
    }

    @Test
    void dropsWhatCannotBeAnAnswer() {
        Map<String, String> flat = new HashMap<>();
        flat.put("direction", "  SEND  ");
        flat.put("scope", "   ");
        flat.put("_csrf", "token");
        flat.put("Domain", "x");
        flat.put(null, "x");
        flat.put("symptom", null);
        flat.put("domain", "a".repeat(Answers.MAX_VALUE_LENGTH + 1));

        Answers answers = Answers.of(flat);
        assertThat(answers.toMap()).containsOnlyKeys("direction");
        assertThat(answers.find("direction")).contains("SEND");
        assertThat(Answers.of(null).isEmpty()).isTrue();
    }

    @Test
    void boundsTheNumberOfEntries() {
        Map<String, String> flat = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            flat.put("q" + i, "v");
        }
        assertThat(Answers.of(flat).size()).isEqualTo(Answers.MAX_ENTRIES);
    }

    @Test
    void questionnaireKeepsOnlyKnownQuestions() {
        Map<String, String> parameters = Map.of("direction", "SEND", "_csrf", "abc", "lang", "en", "unknown.question", "x");
        assertThat(GuideWalk.GUIDE.answersFrom(parameters).toMap()).containsOnlyKeys("direction");
    }
}
