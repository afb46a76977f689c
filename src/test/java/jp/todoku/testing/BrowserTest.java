package jp.todoku.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Base for tests that drive the real application with headless Chromium. One browser per test
 * class (starting one costs 1-3 s); cookies are cleared before each test so every test begins as a
 * new Japanese-speaking visitor. Skips when Chromium is absent unless TODOKU_REQUIRE_BROWSER=true.
 */
@TodokuWebTest
public abstract class BrowserTest {

    private static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    private int port;

    @Autowired
    private MessageSource messages;

    @BeforeAll
    static void startBrowser() throws IOException {
        // A skip from here would hide the tests (Surefire then reports "Tests run: 0"), so each test skips.
        if (Chromium.findMissingPart().isPresent()) {
            return;
        }
        profile = Files.createDirectories(
                TestSwitches.buildDirectory().resolve("browser-profiles").resolve(UUID.randomUUID().toString()));
        browser = Chromium.start(profile, "ja");
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            deleteRecursively(profile);
            profile = null;
        }
    }

    @BeforeEach
    void startAsNewVisitor() {
        Chromium.findMissingPart().ifPresent(reason -> TestSwitches.skipOrFail(TestSwitches.REQUIRE_BROWSER,
                reason + "; install it with: apt-get install -y chromium chromium-driver"));
        // Cookies belong to the site, so be on it before forgetting them.
        browser.get(url("/favicon.svg"));
        browser.manage().deleteAllCookies();
    }

    protected WebDriver browser() {
        return browser;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected WebElement find(By by) {
        return browser.findElement(by);
    }

    protected String text(By by) {
        return find(by).getText();
    }

    /** The {@code lang} attribute of the page, "ja" or "en". */
    protected String pageLanguage() {
        return find(By.tagName("html")).getAttribute("lang");
    }

    /** Clicks and waits until the browser has loaded a different page. */
    protected void clickAndWait(By by) {
        WebElement element = find(by);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The text of a message key as the page shows it in that language. */
    protected String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        // Best effort: a Chromium helper may still be closing; the directory is under the build dir anyway.
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException stillInUse) {
                    // left for mvn clean
                }
            }
        }
    }
}
