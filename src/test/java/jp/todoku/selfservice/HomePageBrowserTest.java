package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.todoku.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

class HomePageBrowserTest extends BrowserTest {

    private static final By HEADING = By.tagName("h1");
    private static final By ENGLISH = By.id("lang-en");
    private static final By JAPANESE = By.id("lang-ja");

    @Test
    void greetsInJapaneseSwitchesToEnglishRemembersItAndSwitchesBack() {
        open("/");
        assertThat(pageLanguage()).isEqualTo("ja");
        assertThat(text(HEADING)).isEqualTo(message("home.heading", Locale.JAPANESE));
        assertThat(text(By.id("way-paste"))).isEqualTo(message("home.paste.action", Locale.JAPANESE));
        assertThat(text(By.id("way-guide"))).isEqualTo(message("home.guide.action", Locale.JAPANESE));

        clickAndWait(ENGLISH);
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(text(HEADING)).isEqualTo(message("home.heading", Locale.ENGLISH));
        assertThat(text(By.id("way-guide"))).isEqualTo(message("home.guide.action", Locale.ENGLISH));

        open("/");
        assertThat(text(HEADING)).as("the switch is remembered without ?lang")
                .isEqualTo(message("home.heading", Locale.ENGLISH));

        clickAndWait(JAPANESE);
        assertThat(pageLanguage()).isEqualTo("ja");
        assertThat(text(HEADING)).isEqualTo(message("home.heading", Locale.JAPANESE));
        open("/");
        assertThat(text(HEADING)).isEqualTo(message("home.heading", Locale.JAPANESE));
    }

    @Test
    void theTwoWaysInLeadToThePasteAndQuestionnairePages() {
        open("/");
        assertThat(find(By.id("way-paste")).getAttribute("href")).isEqualTo(url("/diagnose"));
        assertThat(find(By.id("way-guide")).getAttribute("href")).isEqualTo(url("/guide"));
    }

    @Test
    void languageSwitchStaysOnTheSamePage() {
        open("/no-such-page");
        assertThat(text(HEADING)).isEqualTo(message("error.404.title", Locale.JAPANESE));

        clickAndWait(ENGLISH);
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/no-such-page?lang=en"));
        assertThat(text(HEADING)).isEqualTo(message("error.404.title", Locale.ENGLISH));
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        Dimension before = browser().manage().window().getSize();
        try {
            browser().manage().window().setSize(new Dimension(360, 740));
            open("/");
            long pageWidth = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
            long viewportWidth = ((Number) script("return document.documentElement.clientWidth;")).longValue();
            assertThat(pageWidth).isLessThanOrEqualTo(viewportWidth);
            assertThat(find(By.id("way-paste")).isDisplayed()).isTrue();
            assertThat(find(By.id("way-guide")).isDisplayed()).isTrue();
        } finally {
            browser().manage().window().setSize(before);
        }
    }
}
