package jp.todoku.diagnosis.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Condition;
import jp.todoku.diagnosis.phrase.TableReader;

/**
 * Issue 9: one rule format for the engine. A reason table's line and a knowledge entry's match rule
 * that say the same thing are read into the same {@link Condition}, and the knowledge base honours
 * every part of it (word edges, order of parts, SMTP step, status and reply patterns).
 */
class OneRuleFormatTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            contains	User Unknown	*	*	*       | {text: "User Unknown"}
            word	sc-001	*	*	*               | {word: "SC-001"}
            all	does not like recipient && user unknown	*	*	* | {all: ["does not like recipient", "user unknown"]}
            contains	mailbox full	RCPT,DATA	5.2.2	552 | {text: "mailbox full", phase: "RCPT,DATA", status: 5.2.2, reply: 552}
            any	-	*	x.2.2	*                       | {status: x.2.2}
            any	-	!MAIL	5.7.*	5xx                 | {phase: "!MAIL", status: 5.7.x, reply: 5xx}
            any	-	*	5.7.606-5.7.649	*           | {status: 5.7.606-5.7.649}
            """)
    void aTableLineAndAKnowledgeRuleSpellTheSameCondition(String tableColumns, String yamlRule) {
        Condition fromTable = TableReader.rules("test.tsv", TableReader.lines("test.tsv", "userunknown\t" + tableColumns.strip() + "\n"))
                .rules().get(0).condition();
        Condition fromKnowledge = onlyRule(yamlRule).condition();
        assertThat(fromKnowledge).isEqualTo(fromTable);
    }

    @Test
    void aWordRuleNeedsItsEdgesAndAnAllRuleItsOrder() {
        KnowledgeBase base = base("""
                - {word: "blocked ip"}
                """, """
                - {all: ["first part", "second part"]}
                """);
        assertThat(best(base, "550 your blocked ip was refused")).isEqualTo("test-one");
        assertThat(best(base, "550 unblocked ipx")).isNotEqualTo("test-one");
        assertThat(best(base, "550 first part, then second part")).isEqualTo("test-two");
        assertThat(best(base, "550 second part before first part")).isNotEqualTo("test-two");
    }

    @Test
    void aKnowledgeRuleHonoursTheSmtpStep() {
        KnowledgeBase base = base("""
                - {text: "refused here", phase: "MAIL"}
                """, """
                - {text: "refused here"}
                """);
        assertThat(best(base, failure("550 5.7.1 refused here", SmtpCommand.MAIL))).isEqualTo("test-one");
        // At RCPT only the rule without a step holds.
        assertThat(best(base, failure("550 5.7.1 refused here", SmtpCommand.RCPT))).isEqualTo("test-two");
    }

    private static Rule onlyRule(String yamlRule) {
        KnowledgeLoader loader = new KnowledgeLoader().add("test.yaml", entry("test-one", yamlRule));
        assertThat(loader.problems()).isEmpty();
        return loader.rules().get(0);
    }

    private static KnowledgeBase base(String firstRules, String secondRules) {
        KnowledgeLoader loader = KnowledgeLoader.fromClassPath(OneRuleFormatTest.class.getClassLoader())
                .add("test.yaml", entry("test-one", firstRules.strip()).replace("entries:\n", "entries:\n")
                        + entry("test-two", secondRules.strip()).replace("entries:\n", ""));
        assertThat(loader.problems()).isEmpty();
        return KnowledgeBase.of(loader);
    }

    private static String entry(String id, String rule) {
        String rules = rule.startsWith("-") ? rule.lines().map(line -> "      " + line).reduce((a, b) -> a + "\n" + b).orElse("")
                : "      - " + rule;
        return """
                entries:
                  - id: %s
                    category: message
                    reason: blocked
                    permanence: permanent
                    whoActs: you
                    list: keep
                    source: [reasons.md]
                    match:
                %s
                    ja: {title: "テスト", summary: "テストです。", steps: ["確認してください。"]}
                    en: {title: "Test", summary: "A test.", steps: ["Check."]}
                """.formatted(id, rules);
    }

    private static DeliveryFailure failure(String text, SmtpCommand command) {
        return new DeliveryFailure("someone@example.jp", null, DeliveryStatus.find(text).orElse(null),
                ReplyCode.find(text).orElse(null), Reason.ON_HOLD, false, text, null, null, command, null, null, null,
                null, null, null);
    }

    private static String best(KnowledgeBase base, String text) {
        return best(base, failure(text, null));
    }

    private static String best(KnowledgeBase base, DeliveryFailure failure) {
        return base.advise(failure, failure.diagnosticText()).best().id();
    }

}
