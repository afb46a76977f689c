package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@TodokuWebTest
class LanguageTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
        "ja|ja",
        "ja-JP,ja;q=0.9,en;q=0.8|ja",
        "en|en",
        "en-US,en;q=0.9|en",
        "fr-FR,fr;q=0.9,en;q=0.5|en",
        "fr-FR,de;q=0.9|ja",
        "*|ja",
    })
    void followsTheBrowserUntilTheVisitorChooses(String acceptLanguage, String expected) {
        Page page = Visitor.at(port).speaking(acceptLanguage).get("/");

        assertThat(page.language()).hasValue(expected);
    }

    @Test
    void theSwitchIsRememberedInACookieAndBeatsTheBrowser() {
        Visitor visitor = Visitor.at(port).speaking("ja");

        Page switched = visitor.get("/?lang=en");
        assertThat(switched.language()).hasValue("en");
        assertThat(switched.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("todoku-lang=en").contains("HttpOnly").contains("SameSite=Lax"));

        assertThat(visitor.get("/").language()).hasValue("en");
        assertThat(visitor.get("/staff/login").language()).hasValue("en");

        visitor.get("/?lang=ja");
        assertThat(visitor.get("/").language()).hasValue("ja");
    }

    @Test
    void anUnknownLanguageIsIgnoredAndNotStored() {
        Visitor visitor = Visitor.at(port).speaking("en");

        Page page = visitor.get("/?lang=xx");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.language()).hasValue("en");
        assertThat(visitor.cookie("todoku-lang")).isEmpty();
    }
}
