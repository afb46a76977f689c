package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.todoku.fuzz.Bounds;
import jp.todoku.guide.Answers;
import jp.todoku.guide.Guide;

/**
 * The questionnaire's answers carried in a hidden field (issue 16): a hand-edited field never throws,
 * gives only answers of known questions without line breaks, survives its own encoding unchanged, and the
 * questionnaire walks any of them to a question or an outcome.
 */
class CarriedAnswersFuzzTest {

    private static final Guide GUIDE = Guide.withBundledQuestionnaire();

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void decode(byte[] input) {
        String carried = new String(input, StandardCharsets.UTF_8);
        Answers answers = bounds.timed("CarriedAnswers.decode", carried.length(), () -> CarriedAnswers.decode(carried, GUIDE));
        assertThat(answers.size()).isLessThanOrEqualTo(64);
        answers.toMap().forEach((question, value) -> {
            assertThat(GUIDE.questionnaire().answersFrom(Map.of(question, value)).has(question)).isTrue();
            assertThat(value).isEqualTo(value.strip()).isNotEmpty().hasSizeLessThanOrEqualTo(300);
        });
        String encoded = CarriedAnswers.encode(answers);
        Bounds.outputBounded("encoded answers", encoded.length(), carried.length(), 12, 0);
        assertThat(CarriedAnswers.decode(encoded, GUIDE)).isEqualTo(answers);

        Map<String, String> accepted = bounds.timed("CarriedAnswers.accepted", carried.length(),
                () -> CarriedAnswers.accepted(carried, GUIDE));
        accepted.forEach((question, value) -> assertThat(value).doesNotContain("\n", "\r"));
        assertThat(GUIDE.next(answers)).isNotNull();
    }
}
