package jp.todoku.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import jp.todoku.fuzz.Bounds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a ticket import (issue 16), read as {@link TicketImports#parse} reads it: JSON that is not
 * an object is refused by Jackson's own exception; an object's import fields either read or refuse with
 * one of the documented {@code import.line.*} keys; the body binds to the API's request or fails with a
 * Jackson exception; a valid body becomes a draft or is refused for its questionnaire answers. Nothing
 * else may be thrown.
 */
class ImportLineFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final Bounds bounds = Bounds.perHarness();

    @FuzzTest(maxDuration = "10m")
    void line(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        bounds.timedRun("import line", text.length(), () -> read(text));
    }

    private static void read(String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JacksonException malformed) {
            return;
        }
        if (tree == null || !tree.isObject()) {
            return;
        }
        ImportLine line = new ImportLine(1, text, tree);
        expectKeyOrValue(() -> line.reference().ifPresent(reference -> assertThat(reference).isEqualTo(reference.strip()).isNotEmpty()));
        expectKeyOrValue(() -> line.assignee().ifPresent(assignee -> assertThat(assignee).isNotEmpty()));
        expectKeyOrValue(line::createdAt);
        expectKeyOrValue(line::status);
        expectKeyOrValue(() -> assertThat(line.importKey()).matches("(reference:(?s).+|sha256:[0-9a-f]{64})"));
        TicketRequest body;
        try {
            body = JSON.treeToValue(tree, TicketRequest.class);
        } catch (JacksonException mismatch) {
            return;
        }
        if (body != null && VALIDATOR.validate(body).isEmpty()) {
            try {
                assertThat(body.toDraft()).isNotNull();
            } catch (IllegalArgumentException refused) {
                // TicketDraft refuses questionnaire answers that are not question ids or hold line breaks;
                // the import reports the line as refused, the API answers 400 (a finding of the first run).
                assertThat(refused.getMessage()).matches("not a questionnaire answer.*|questionnaire answers longer than.*")
                        .doesNotContain(String.valueOf(body.guideAnswers()));
            }
        }
    }

    private static void expectKeyOrValue(Runnable read) {
        try {
            read.run();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).as("refusal key").isIn("import.line.created-at", "import.line.status",
                    "import.line.not-text");
        }
    }
}
