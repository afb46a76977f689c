package jp.todoku.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.todoku.guide.Answers;
import jp.todoku.guide.Guide;
import jp.todoku.guide.Step;

/**
 * Questionnaire answers from request parameters (issue 16): every line of the input is one
 * {@code key=value} parameter. {@link Answers#of} never throws, keeps at most 64 answers of well-formed
 * question ids with trimmed values of at most 300 characters, reads its own map back unchanged, and the
 * questionnaire walks the answers to a question or an outcome.
 */
class AnswersFuzzTest {

    private static final Guide GUIDE = Guide.withBundledQuestionnaire();

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void of(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Map<String, String> flat = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals >= 0) {
                flat.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        Answers answers = bounds.timed("Answers.of", text.length(), () -> Answers.of(flat));
        assertThat(answers.size()).isLessThanOrEqualTo(64);
        answers.toMap().forEach((question, value) -> {
            assertThat(question).matches("[a-z][a-z0-9.-]{0,63}");
            assertThat(value).isEqualTo(value.strip()).isNotEmpty().hasSizeLessThanOrEqualTo(300);
            assertThat(flat.get(question).strip()).isEqualTo(value);
        });
        assertThat(Answers.of(answers.toMap())).isEqualTo(answers);

        Answers known = GUIDE.answersFrom(flat);
        Step step = bounds.timed("Guide.next", text.length(), () -> GUIDE.next(known));
        assertThat(step).isNotNull();
        assertThat(step.path().size()).isLessThanOrEqualTo(known.size());
        step.path().forEach(answer -> assertThat(answer.value()).doesNotContain("\n", "\r"));
    }
}
