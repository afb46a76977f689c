package jp.todoku.selfservice;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Click and wait for the next page without holding on to elements of the old one: the old window gets
 * a marker, and the wait ends when a completely loaded page without it is there. (Waiting for an
 * element to go stale can fail with "node does not belong to the document" mid-navigation.)
 */
final class PageLoads {

    private PageLoads() {
    }

    static void clickAndWait(WebDriver browser, WebElement element) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.todokuOldPage = true;");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(script.executeScript(
                        "return window.todokuOldPage === undefined && document.readyState === 'complete';")));
    }
}
