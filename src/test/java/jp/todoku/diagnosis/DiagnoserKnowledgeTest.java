package jp.todoku.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The front door with knowledge: every failure carries advice, and client codes alone are answered. */
class DiagnoserKnowledgeTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    @Test
    void aCopiedErrorLineCarriesItsAdviceAndEvidence() {
        Diagnosis diagnosis = DIAGNOSER.diagnose("""
                以下のエラーが返ってきました
                > 550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown in local recipient table
                """);
        assertThat(diagnosis.failures()).hasSize(1);
        DeliveryFailure failure = diagnosis.failures().get(0);
        assertThat(failure.reason()).isEqualTo(Reason.USER_UNKNOWN);
        assertThat(failure.findAdvice()).isPresent();
        assertThat(failure.advice().recognised()).isTrue();
        assertThat(failure.advice().evidence()).anyMatch(line -> line.contains("User unknown"));
    }

    @Test
    void anOutlookClientCodeAloneFindsItsEntry() {
        Diagnosis diagnosis = DIAGNOSER.diagnose("エラー番号: 0x800CCC0E");
        assertThat(diagnosis.kind()).isEqualTo(Diagnosis.Kind.FRAGMENT);
        assertThat(diagnosis.failures()).singleElement()
                .satisfies(failure -> assertThat(failure.advice().best().id()).containsIgnoringCase("0x800ccc0e"));
    }

    @Test
    void withoutKnowledgeNoAdviceIsAttached() {
        Diagnosis diagnosis = Diagnoser.create().diagnose("550 5.1.1 <taro@example.jp>: User unknown");
        assertThat(diagnosis.failures()).allMatch(failure -> failure.advice() == null);
    }
}
