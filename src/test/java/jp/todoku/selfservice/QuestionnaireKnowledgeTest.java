package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.guide.Finding;
import jp.todoku.guide.Questionnaire;
import org.junit.jupiter.api.Test;

/** The questionnaire's findings link knowledge entries by id; the outcome page renders their steps. */
class QuestionnaireKnowledgeTest {

    @Test
    void everyKnowledgeIdTheQuestionnaireNamesExists() {
        List<Finding> findings = Questionnaire.bundled().findings();
        List<String> ids = findings.stream().flatMap(finding -> finding.knowledgeId().stream()).distinct().toList();

        assertThat(ids).hasSizeGreaterThan(10);
        assertThat(ids).allSatisfy(id -> assertThat(Knowledge.bundled().find(id)).as(id).isPresent());
    }
}
