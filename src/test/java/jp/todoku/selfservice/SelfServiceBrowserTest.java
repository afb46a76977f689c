package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import jp.todoku.testing.BrowserTest;
import jp.todoku.testing.TestSwitches;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a customer does in a real browser: paste, read the diagnosis, file a ticket, come back through
 * the status link and reply; upload a file; get clear messages for bad input; switch language.
 */
class SelfServiceBrowserTest extends BrowserTest {

    private static final By TEXT = By.id("text");
    private static final By DIAGNOSE = By.id("diagnose");
    private static final By ERROR_SUMMARY = By.id("error-summary");

    @Override
    protected void clickAndWait(By by) {
        PageLoads.clickAndWait(browser(), find(by));
    }

    private void paste(String text) {
        // Typing 3 MB key by key would take minutes; a person pastes it at once, like this.
        script("arguments[0].value = arguments[1];", find(TEXT), text);
    }

    private String value(By by) {
        return find(by).getAttribute("value");
    }

    private String textContent(By by) {
        return String.valueOf(script("return arguments[0].textContent;", find(by)));
    }

    @Test
    void pasteDiagnosisTicketStatusLinkAndReply() {
        open("/diagnose");
        paste(Fixtures.text(Fixtures.UNKNOWN_USER));
        clickAndWait(DIAGNOSE);

        WebElement failure = find(By.id("failure-1"));
        assertThat(failure.getText()).contains("taro.yamada@customer-corp.test")
                .contains(message("selfservice.actor.you", Locale.JAPANESE).substring(0, 3))
                .contains(message("selfservice.result.permanence.permanent", Locale.JAPANESE));
        assertThat(failure.findElements(By.cssSelector("ol.steps li"))).isNotEmpty();
        assertThat(failure.findElements(By.cssSelector(".evidence mark"))).isNotEmpty();
        assertThat(find(By.cssSelector("#failure-1 details.details")).getAttribute("open")).isNull();
        find(By.cssSelector("#failure-1 details.details summary")).click();
        assertThat(find(By.cssSelector("#failure-1 .detail-status")).getText()).isEqualTo("5.1.1");

        clickAndWait(By.id("open-ticket"));
        assertThat(value(By.id("recipient"))).isEqualTo("taro.yamada@customer-corp.test");
        assertThat(value(By.id("sender"))).isEqualTo("hanako@shop-sakura.test");
        assertThat(value(By.id("domain"))).isEqualTo("shop-sakura.test");
        assertThat(value(By.id("errorText"))).contains("User unknown in local recipient table");
        assertThat(find(By.id("symptom")).getAttribute("value")).isEqualTo("ERROR_MAIL");
        find(By.cssSelector("input[name=scope][value=SOME]")).click();
        find(By.id("name")).sendKeys("山田 花子");
        find(By.id("contact")).sendKeys("hanako@backup-mail.test");
        clickAndWait(By.id("submit-ticket"));

        assertThat(find(By.id("created")).isDisplayed()).isTrue();
        String reference = text(By.id("reference"));
        assertThat(reference).matches("TD-\\d{4}-\\d{6,}");
        assertThat(text(By.id("ticket-status"))).isEqualTo(message("tickets.status.NEW", Locale.JAPANESE));
        String statusLink = find(By.id("status-link")).getAttribute("href");
        assertThat(statusLink).startsWith(url("/status/" + reference + "?token="));

        // Later, in a fresh browser session: only the link.
        browser().manage().deleteAllCookies();
        browser().get(statusLink);
        assertThat(text(By.id("reference"))).isEqualTo(reference);
        find(By.id("reply-text")).sendKeys("届いていない相手は taro.yamada@customer-corp.test です。");
        clickAndWait(By.id("send-reply"));
        assertThat(find(By.id("replied")).isDisplayed()).isTrue();
        assertThat(text(By.id("replies"))).contains("taro.yamada@customer-corp.test です。")
                .contains(message("tickets.event.CUSTOMER_REPLY", Locale.JAPANESE));

        browser().get(url("/status/" + reference + "?token=" + "A".repeat(32)));
        assertThat(text(By.tagName("h1"))).isEqualTo(message("selfservice.statusNotFound.title", Locale.JAPANESE));
    }

    @Test
    void uploadingAnEmlFileDiagnosesIt() throws IOException {
        Path file = Files.createTempFile(TestSwitches.buildDirectory(), "bounce", ".eml");
        try {
            Files.write(file, Fixtures.bytes(Fixtures.UNKNOWN_USER));
            open("/diagnose");
            assertThat(find(By.cssSelector(".drop-zone__hint")).isDisplayed()).as("the script enhanced the page").isTrue();
            find(By.id("file")).sendKeys(file.toString());
            assertThat(text(By.id("drop-chosen"))).isEqualTo(file.getFileName().toString());
            clickAndWait(DIAGNOSE);
            assertThat(text(By.id("failure-1"))).contains("taro.yamada@customer-corp.test");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void droppingAFileOnThePageChoosesItForTheUpload() {
        open("/diagnose");
        script("const transfer = new DataTransfer();"
                + "transfer.items.add(new File([arguments[0]], 'dropped.eml', {type: 'message/rfc822'}));"
                + "document.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));",
                Fixtures.text(Fixtures.UNKNOWN_USER));
        assertThat(text(By.id("drop-chosen"))).isEqualTo("dropped.eml");
        clickAndWait(DIAGNOSE);
        assertThat(text(By.id("failure-1"))).contains("taro.yamada@customer-corp.test");
    }

    @Test
    void badInputIsAnsweredClearlyAndKeepsWhatWasTyped() throws IOException {
        open("/diagnose");
        clickAndWait(DIAGNOSE);
        assertThat(text(ERROR_SUMMARY)).contains(message("selfservice.problem.empty", Locale.JAPANESE));
        find(By.id("paste-problem")).click();
        assertThat(browser().switchTo().activeElement().getAttribute("id")).as("the summary links to the field").isEqualTo("text");

        String large = "550 5.1.1 <someone@example.test> user unknown\n" + "x".repeat(3 * 1024 * 1024);
        paste(large);
        clickAndWait(DIAGNOSE);
        assertThat(text(ERROR_SUMMARY)).contains(message("selfservice.problem.too-large", Locale.JAPANESE, 2));
        assertThat(value(TEXT)).hasSize(large.length());

        Path garbage = Files.createTempFile(TestSwitches.buildDirectory(), "garbage", ".eml");
        try {
            byte[] bytes = new byte[4096];
            new Random(7).nextBytes(bytes);
            Files.write(garbage, bytes);
            paste("my own words");
            find(By.id("file")).sendKeys(garbage.toString());
            clickAndWait(DIAGNOSE);
            assertThat(text(ERROR_SUMMARY)).contains(message("selfservice.problem.binary", Locale.JAPANESE));
            assertThat(value(TEXT)).isEqualTo("my own words");
        } finally {
            Files.deleteIfExists(garbage);
        }
    }

    @Test
    void htmlAndScriptsInAPasteAreShownAsTextAndNeverRun() {
        open("/diagnose");
        paste(Fixtures.text(Fixtures.SCRIPT));
        clickAndWait(DIAGNOSE);

        assertThat(script("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(browser().getTitle()).isNotEqualTo("pwned");
        assertThat(browser().findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(textContent(By.cssSelector(".pasted__text"))).contains("<script>alert(1)</script>");
    }

    @Test
    void aTicketFormWithMistakesNamesThemAtTheTopAndKeepsEverythingTyped() {
        open("/tickets/new");
        find(By.id("domain")).sendKeys("not a domain");
        find(By.id("name")).sendKeys("Hanako");
        find(By.id("comment")).sendKeys("送信できません <b>急ぎ</b>");
        clickAndWait(By.id("submit-ticket"));

        String summary = text(ERROR_SUMMARY);
        assertThat(summary).contains(message("selfservice.ticket.error.domain.format", Locale.JAPANESE))
                .contains(message("selfservice.ticket.error.contact.required", Locale.JAPANESE))
                .contains(message("selfservice.ticket.error.direction", Locale.JAPANESE));
        assertThat(find(By.cssSelector("#error-summary a[href='#contact']")).isDisplayed()).isTrue();
        assertThat(value(By.id("domain"))).isEqualTo("not a domain");
        assertThat(value(By.id("name"))).isEqualTo("Hanako");
        assertThat(value(By.id("comment"))).isEqualTo("送信できません <b>急ぎ</b>");

        clickAndWait(By.id("lang-en"));
        open("/tickets/new");
        clickAndWait(By.id("submit-ticket"));
        assertThat(text(ERROR_SUMMARY)).contains(message("selfservice.ticket.error.contact.required", Locale.ENGLISH));
    }

    @Test
    void theResultAndTicketPagesFitAPhoneScreen() {
        org.openqa.selenium.Dimension before = browser().manage().window().getSize();
        try {
            browser().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
            open("/diagnose");
            paste(Fixtures.text(Fixtures.UNKNOWN_USER));
            clickAndWait(DIAGNOSE);
            find(By.cssSelector("#failure-1 details.details summary")).click();
            assertNoSidewaysScrolling();
            clickAndWait(By.id("open-ticket"));
            assertNoSidewaysScrolling();
        } finally {
            browser().manage().window().setSize(before);
        }
    }

    private void assertNoSidewaysScrolling() {
        long pageWidth = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
        long viewportWidth = ((Number) script("return document.documentElement.clientWidth;")).longValue();
        assertThat(pageWidth).isLessThanOrEqualTo(viewportWidth);
    }

    @Test
    void theLanguageSwitchWorksOnThePasteAndResultPages() {
        open("/diagnose");
        assertThat(pageLanguage()).isEqualTo("ja");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("selfservice.paste.heading", Locale.JAPANESE));
        clickAndWait(By.id("lang-en"));
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(By.tagName("h1"))).isEqualTo(message("selfservice.paste.heading", Locale.ENGLISH));

        paste(Fixtures.text(Fixtures.MAILBOX_FULL));
        clickAndWait(DIAGNOSE);
        assertThat(text(By.tagName("h1"))).isEqualTo(message("selfservice.result.heading", Locale.ENGLISH));
        assertThat(text(By.id("failure-1"))).contains("sato@example-mobile.test")
                .contains(message("selfservice.result.whoActs", Locale.ENGLISH));
        assertThat(find(By.id("solved-yes")).getText()).isEqualTo(message("selfservice.feedback.yes", Locale.ENGLISH));

        clickAndWait(By.id("lang-ja"));
        assertThat(text(By.tagName("h1"))).isEqualTo(message("selfservice.paste.heading", Locale.JAPANESE));
    }
}
