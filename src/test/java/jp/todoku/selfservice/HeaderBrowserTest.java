package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.todoku.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A customer in a real browser: paste headers, see the timeline with the slowest hop and the verdicts, in both languages. */
class HeaderBrowserTest extends BrowserTest {

    @Override
    protected void clickAndWait(By by) {
        PageLoads.clickAndWait(browser(), find(by));
    }

    private void paste(String fixture) {
        script("arguments[0].value = arguments[1];", find(By.id("text")), HeaderPagesTest.fixture(fixture));
        clickAndWait(By.id("headers-analyze"));
    }

    @Test
    void japaneseCustomerSeesTheSlowestHopOnTheTimelineAndTheVerdicts() {
        open("/headers");
        assertThat(pageLanguage()).isEqualTo("ja");

        paste("thunderbird-source.eml");

        WebElement timeline = find(By.id("header-timeline"));
        assertThat(timeline.isDisplayed()).isTrue();
        List<WebElement> slowest = timeline.findElements(By.cssSelector("rect.timeline__bar--slowest"));
        assertThat(slowest).hasSize(1);
        assertThat(slowest.get(0).getRect().getWidth()).isGreaterThan(100);
        assertThat(find(By.cssSelector("g[data-hop='2'] rect")).getAttribute("class")).contains("timeline__bar--slowest");
        assertThat(text(By.id("header-slowest")))
                .contains(message("selfservice.headers.cause.greylisting", Locale.JAPANESE));
        assertThat(find(By.id("hop-2")).getAttribute("class")).contains("is-slowest");
        assertThat(text(By.id("verdict-spf"))).contains(message("selfservice.headers.verdict.pass", Locale.JAPANESE));
        assertThat(text(By.id("verdict-dkim"))).contains(message("selfservice.headers.verdict.fail", Locale.JAPANESE));
        assertThat(text(By.id("header-subject"))).isEqualTo("会議の件");
        assertThat(text(By.id("hop-2"))).contains("2026-12-03 14:25:30");
    }

    @Test
    void englishCustomerSeesTheSameInEnglishAndForgedResultsSetAside() {
        open("/headers?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");

        paste("forged-results.txt");

        assertThat(find(By.id("header-timeline")).findElements(By.cssSelector("rect.timeline__bar--slowest"))).hasSize(1);
        assertThat(text(By.id("header-slowest"))).contains(message("selfservice.headers.cause.none", Locale.ENGLISH));
        assertThat(text(By.id("verdict-dmarc"))).contains(message("selfservice.headers.verdict.fail", Locale.ENGLISH));
        assertThat(text(By.id("header-untrusted")))
                .contains(message("selfservice.headers.trust.before-receiver", Locale.ENGLISH, "mx.receiver.example.jp"))
                .contains(message("selfservice.headers.trust.other-server", Locale.ENGLISH, "mail.bank.example"));
        assertThat(text(By.id("hop-1"))).contains("2026-12-03 00:00:30");
        assertThat(find(By.id("header-dns-link")).getAttribute("href")).endsWith("/dns?kind=sender&domain=bank.example");
    }
}
