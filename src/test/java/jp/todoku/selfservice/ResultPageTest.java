package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;
import org.junit.jupiter.api.Test;

/** What the diagnosis page is built from, without a browser: cards, sides, evidence marks, language. */
class ResultPageTest {

    private static final Diagnoser DIAGNOSER = Diagnoser.withBundledKnowledge();

    @Test
    void saysWhoWroteTheBounceAndWhoRefusedWhenOurDomainsAreKnown() {
        String bounce = Fixtures.text(Fixtures.UNKNOWN_USER);
        ResultPage.View view = ResultPage.of(DIAGNOSER.diagnose(bounce), bounce, Locale.JAPANESE, List.of("sender-isp.test"));

        assertThat(view.reporter()).hasValueSatisfying(reporter -> {
            assertThat(reporter.address()).isEqualTo("mailer-daemon@mail.sender-isp.test");
            assertThat(reporter.sideKey()).isEqualTo("selfservice.reporter.side.OURS");
            assertThat(reporter.kindKey()).isEqualTo("selfservice.reporter.kind.MAILER_DAEMON");
        });
        ResultPage.Card card = view.cards().get(0);
        assertThat(card.sideKey()).isEqualTo("selfservice.side.THEIRS");
        assertThat(card.reasonKey()).isEqualTo("reason.userunknown");
        assertThat(card.permanenceKey()).isEqualTo("selfservice.result.permanence.permanent");
        assertThat(card.whoActsKey()).startsWith("selfservice.actor.");
        assertThat(card.steps()).isNotEmpty();
        assertThat(view.paste()).anySatisfy(line -> assertThat(line.evidence()).isTrue());
        assertThat(view.primaryReason()).isEqualTo("userunknown");
    }

    @Test
    void withoutConfiguredDomainsItDoesNotGuessWhoseServerItWas() {
        String bounce = Fixtures.text(Fixtures.UNKNOWN_USER);
        ResultPage.View view = ResultPage.of(DIAGNOSER.diagnose(bounce), bounce, Locale.ENGLISH, List.of(""));

        assertThat(view.reporter().orElseThrow().sideKey()).isEqualTo("selfservice.reporter.side.UNKNOWN");
        assertThat(view.cards().get(0).sideKey()).isEqualTo("selfservice.side.UNKNOWN");
    }

    @Test
    void knowledgeTextsFollowTheLanguageAndTemporaryFailuresSayWait() {
        String fragment = "<someone@example.test>: host mx.example.test[192.0.2.1] said: 452 4.2.2 Mailbox full";
        Diagnosis diagnosis = DIAGNOSER.diagnose(fragment);
        ResultPage.Card japanese = ResultPage.of(diagnosis, fragment, Locale.JAPANESE, List.of()).cards().get(0);
        ResultPage.Card english = ResultPage.of(diagnosis, fragment, Locale.ENGLISH, List.of()).cards().get(0);

        assertThat(japanese.title()).isNotEqualTo(english.title());
        assertThat(japanese.permanenceKey()).isEqualTo("selfservice.result.permanence.temporary");
        assertThat(english.listKey()).startsWith("knowledge.list.");
    }

    @Test
    void readsTheFromHeaderOnlyFromTheHeaderBlock() {
        assertThat(ResultPage.fromHeader("Subject: x\nFrom: MAILER-DAEMON@a.test\n\nbody")).isEqualTo("MAILER-DAEMON@a.test");
        assertThat(ResultPage.fromHeader("550 user unknown\n\nFrom: someone@b.test")).isNull();
        assertThat(ResultPage.fromHeader(null)).isNull();
    }
}
