package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.todoku.testing.BrowserTest;
import jp.todoku.testing.TestDns;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A customer in a real browser: from a diagnosed bounce to the DNS check that explains it, no JavaScript needed. */
class DnsCheckBrowserTest extends BrowserTest {

    @Override
    protected void clickAndWait(By by) {
        PageLoads.clickAndWait(browser(), find(by));
    }

    @Test
    void theResultPagesButtonChecksTheRecipientDomain() {
        open("/diagnose");
        script("arguments[0].value = arguments[1];", find(By.id("text")), Fixtures.text(Fixtures.HOST_UNKNOWN));
        clickAndWait(By.id("diagnose"));

        assertThat(text(By.id("failure-1"))).contains("kenji@" + TestDns.MISSING_DOMAIN);
        assertThat(text(By.id("dns-recipient-1")))
                .isEqualTo(message("selfservice.result.dns.recipient", Locale.JAPANESE, TestDns.MISSING_DOMAIN));
        clickAndWait(By.id("dns-recipient-1"));

        assertThat(browser().getCurrentUrl()).isEqualTo(url("/dns"));
        assertThat(text(By.id("dns-summary")))
                .contains(message("dnscheck.outcome.fail", Locale.JAPANESE))
                .contains(message("selfservice.dns.summary.fail", Locale.JAPANESE, TestDns.MISSING_DOMAIN));
        assertThat(text(By.id("dns-report")))
                .contains(message("dnscheck.finding.domain-not-found", Locale.JAPANESE, TestDns.MISSING_DOMAIN));
        assertThat(find(By.id("domain")).getAttribute("value")).isEqualTo(TestDns.MISSING_DOMAIN);

        // The page's own form checks another domain with a plain GET.
        find(By.id("domain")).clear();
        find(By.id("domain")).sendKeys(TestDns.MAIL_DOMAIN);
        clickAndWait(By.id("dns-check"));
        assertThat(text(By.id("dns-summary")))
                .contains(message("dnscheck.outcome.pass", Locale.JAPANESE))
                .contains(message("selfservice.dns.summary.pass", Locale.JAPANESE, TestDns.MAIL_DOMAIN));
    }
}
