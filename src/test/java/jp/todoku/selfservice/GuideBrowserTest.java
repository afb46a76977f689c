package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.todoku.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The questionnaire in a real browser: four branches to their findings (with the linked knowledge
 * steps), back and change keep the answers, and the error-mail branch leads to the paste page and
 * from there to a ticket pre-filled with both.
 */
class GuideBrowserTest extends BrowserTest {

    private static final By NEXT = By.id("next");

    private void choose(String value) {
        find(By.id("option-" + value)).click();
        next();
    }

    private void type(String value) {
        script("arguments[0].value = arguments[1];", find(By.id("answer")), value);
        next();
    }

    /** Submits and waits until the next page has loaded completely, not only until the old one is gone. */
    private void next() {
        clickAndWaitOn(find(NEXT));
    }

    private void start(String direction, String symptom) {
        open("/guide");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("guide.title", Locale.JAPANESE));
        choose(direction);
        type("info@shop-sakura.test");
        type("2026-11-01");
        choose("SOME");
        choose(symptom);
    }

    private List<String> findingIds() {
        return browser().findElements(By.cssSelector("article.finding")).stream()
                .map(element -> element.getAttribute("id").substring("finding-".length())).toList();
    }

    private String question() {
        return text(By.cssSelector(".guide__question"));
    }

    @Test
    void port25LeadsToPort587WithTheKnowledgeStepsAndTheChangeLinkKeepsTheOtherAnswers() {
        start("SEND", "CANNOT_SEND");
        choose("YES");
        choose("OUTLOOK");
        choose("25");
        choose("SMTP_AUTH");
        choose("NO");
        choose("NO");
        choose("NO");

        assertThat(text(By.tagName("h1"))).isEqualTo(message("guide.outcome.title", Locale.JAPANESE));
        assertThat(findingIds()).first().isEqualTo("op25b-port-587");
        WebElement finding = find(By.id("finding-op25b-port-587"));
        assertThat(finding.getText()).contains(message("guide.finding.op25b-port-587.title", Locale.JAPANESE));
        assertThat(finding.findElements(By.cssSelector("details.knowledge"))).hasSize(1);
        assertThat(String.valueOf(script("return arguments[0].textContent;",
                finding.findElement(By.cssSelector("details.knowledge"))))).contains("587");

        // Change the port on the summary: that question comes back with 25 chosen; the rest is kept.
        WebElement change = browser().findElements(By.cssSelector(".answers .change-link")).stream()
                .filter(link -> link.getAttribute("href").contains("revisit=send.port")).findFirst().orElseThrow();
        clickAndWaitOn(change);
        assertThat(question()).isEqualTo(message("guide.question.send.port.label", Locale.JAPANESE));
        assertThat(find(By.id("option-25")).isSelected()).isTrue();
        choose("587");
        assertThat(findingIds()).containsExactly("send-settings-check");
    }

    private void clickAndWaitOn(WebElement element) {
        PageLoads.clickAndWait(browser(), element);
    }

    @Override
    protected void clickAndWait(By by) {
        clickAndWaitOn(find(by));
    }

    @Test
    void abroadLeadsToTheSmtpAuthRestrictionAndBackKeepsTheAnswers() {
        start("SEND", "CANNOT_SEND");
        choose("YES");
        choose("THUNDERBIRD");
        choose("587");
        choose("SMTP_AUTH");
        assertThat(question()).isEqualTo(message("guide.question.send.abroad.label", Locale.JAPANESE));

        clickAndWait(By.id("back"));
        assertThat(question()).isEqualTo(message("guide.question.send.authentication.label", Locale.JAPANESE));
        assertThat(find(By.id("option-SMTP_AUTH")).isSelected()).as("the earlier answer is kept").isTrue();
        clickAndWait(NEXT);
        browser().navigate().back();
        browser().navigate().forward();
        assertThat(question()).isEqualTo(message("guide.question.send.abroad.label", Locale.JAPANESE));

        choose("YES");
        choose("NO");
        choose("NO");
        assertThat(findingIds()).first().isEqualTo("smtp-auth-abroad");
        assertThat(text(By.id("finding-smtp-auth-abroad")))
                .contains(message("guide.finding.smtp-auth-abroad.title", Locale.JAPANESE));
    }

    @Test
    void forwardingToGmailLeadsToFetchingInsteadAndSenderAuthentication() {
        start("RECEIVE", "NOT_ARRIVING");
        choose("GMAIL");
        choose("YES");
        choose("NO");

        assertThat(findingIds()).containsExactly("forwarding-to-gmail", "sender-domain-authentication",
                "read-headers-missing");
        assertThat(find(By.cssSelector("#finding-forwarding-to-gmail details.knowledge")).isDisplayed()).isTrue();
    }

    @Test
    void nothingWorksAtAllLeadsToTheNetworkChecks() {
        start("SEND", "CANNOT_SEND");
        choose("NO");
        choose("NO");
        choose("NO");
        choose("NO");

        assertThat(findingIds()).first().isEqualTo("network-check");
        assertThat(browser().findElements(By.cssSelector("#finding-network-check > section ol.steps li"))).hasSize(5);
    }

    @Test
    void anErrorMailLeadsToThePastePageAndBothPreFillTheTicket() {
        start("SEND", "ERROR_MAIL");
        choose("CORPORATE");
        choose("NONE");
        assertThat(findingIds()).first().isEqualTo("paste-error-mail");

        clickAndWait(By.id("to-paste"));
        assertThat(text(By.tagName("main"))).contains(message("selfservice.paste.fromGuide", Locale.JAPANESE));
        script("arguments[0].value = arguments[1];", find(By.id("text")), Fixtures.text(Fixtures.UNKNOWN_USER));
        clickAndWait(By.id("diagnose"));
        assertThat(text(By.id("failure-1"))).contains("taro.yamada@customer-corp.test");
        assertThat(text(By.id("with-answers"))).isEqualTo(message("selfservice.result.withAnswers", Locale.JAPANESE));

        clickAndWait(By.id("open-ticket"));
        assertThat(find(By.id("domain")).getAttribute("value")).as("from the questionnaire").isEqualTo("shop-sakura.test");
        assertThat(find(By.id("since")).getAttribute("value")).isEqualTo("2026-11-01");
        assertThat(find(By.cssSelector("input[name=scope][value=SOME]")).isSelected()).isTrue();
        assertThat(find(By.id("recipient")).getAttribute("value")).as("from the paste")
                .isEqualTo("taro.yamada@customer-corp.test");
        assertThat(find(By.id("guideAnswers")).getAttribute("value")).contains("send.recipient=CORPORATE");
    }

    @Test
    void worksInEnglishAndExplainsAnAnswerItCannotTake() {
        open("/guide?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(question()).isEqualTo(message("guide.question.direction.label", Locale.ENGLISH));

        // The browser refuses an empty choice itself; a hand-made URL reaches the server's own check.
        open("/guide?direction=SIDEWAYS");
        assertThat(text(By.id("error-summary"))).isEqualTo(message("guide.problem.choice", Locale.ENGLISH));
        choose("RECEIVE");
        assertThat(question()).isEqualTo(message("guide.question.domain.label", Locale.ENGLISH));

        // Switching language in the middle keeps the answers given so far.
        clickAndWaitOn(find(By.id("lang-ja")));
        assertThat(question()).isEqualTo(message("guide.question.domain.label", Locale.JAPANESE));
        assertThat(text(By.cssSelector(".answers"))).contains(message("guide.option.direction.RECEIVE", Locale.JAPANESE));
    }
}
