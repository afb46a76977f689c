package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.todoku.testing.FailingPages;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Every page a visitor can reach, in both languages: the right status, the page's own heading in
 * that language, and no unresolved {@code ??key??}. Add a row to {@link #PAGES} for every new page.
 */
@TodokuWebTest
class SmokeTest {

    /** One page to open: method, path, expected status and a message key its body must show. */
    record PageRow(String method, String path, int status, String messageKey) {

        static PageRow get(String path, int status, String messageKey) {
            return new PageRow("GET", path, status, messageKey);
        }

        /** A POST without a CSRF token: always refused. */
        static PageRow postWithoutToken(String path, int status, String messageKey) {
            return new PageRow("POST", path, status, messageKey);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final PageRow[] PAGES = {
        PageRow.get("/", 200, "home.heading"),
        PageRow.get("/staff/login", 200, "login.heading"),
        PageRow.get("/staff/login?error", 200, "login.error"),
        PageRow.get("/staff/login?logout", 200, "login.loggedOut"),
        PageRow.get("/no-such-page", 404, "error.404.title"),
        PageRow.get("/css/no-such-file.css", 404, "error.404.title"),
        PageRow.postWithoutToken("/", 403, "error.403.title"),
        PageRow.get(FailingPages.FAILURE, 500, "error.500.title"),
        PageRow.get(FailingPages.BAD_REQUEST, 400, "error.generic.title"),
        // Customer self-service (issue 5)
        PageRow.get("/diagnose", 200, "selfservice.paste.heading"),
        PageRow.get("/guide", 200, "guide.title"),
        PageRow.get("/guide?direction=SEND&domain=example.jp&since=2026-11-01&scope=ALL&symptom=ERROR_MAIL"
                + "&send.recipient=OTHER&send.attachment=NONE", 200, "guide.outcome.title"),
        PageRow.get("/tickets/new", 200, "selfservice.ticket.heading"),
        PageRow.get("/d/AAAAAAAAAAAAAAAAAAAAAAAA", 404, "selfservice.expired.title"),
        PageRow.get("/status/TD-2026-000001?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 404, "selfservice.statusNotFound.title"),
        PageRow.postWithoutToken("/diagnose", 403, "error.403.title"),
        PageRow.postWithoutToken("/tickets", 403, "error.403.title"),
        // DNS checks, against the test DNS server (jp.todoku.testing.TestDns)
        PageRow.get("/dns", 200, "selfservice.dns.heading"),
        PageRow.get("/dns?kind=recipient&domain=mail.todoku-test.jp", 200, "dnscheck.report.recipient"),
        PageRow.get("/dns?kind=sender&domain=sender.todoku-test.jp", 200, "dnscheck.report.sender"),
        PageRow.get("/dns?kind=server&address=192.0.2.10", 200, "dnscheck.report.server"),
        PageRow.get("/dns?domain=not+a+domain", 400, "selfservice.dns.heading"),
        PageRow.postWithoutToken("/dns", 403, "error.403.title"),
        // Header analysis (issue 13)
        PageRow.get("/headers", 200, "selfservice.headers.heading"),
        PageRow.get("/headers?situation=spam", 200, "selfservice.headers.situation.spam"),
        PageRow.get("/h/AAAAAAAAAAAAAAAAAAAAAAAA", 404, "selfservice.expired.title"),
        PageRow.postWithoutToken("/headers", 403, "error.403.title"),
    };

    static Stream<Arguments> pagesInBothLanguages() {
        return Stream.of(PAGES).flatMap(page -> Stream.of(Arguments.of(page, Locale.JAPANESE),
                Arguments.of(page, Locale.ENGLISH)));
    }

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/todoku-[0-9a-f]{32}\\.css)\"");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothLanguages")
    void pageAnswersInTheVisitorsLanguage(PageRow row, Locale language) {
        Visitor visitor = Visitor.at(port).speaking(language.getLanguage());
        Page page = row.method().equals("GET") ? visitor.get(row.path()) : visitor.post(row.path(), Map.of());

        assertThat(page.status()).isEqualTo(row.status());
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.language()).hasValue(language.getLanguage());
        assertThat(page.body())
                .contains(HtmlUtils.htmlEscape(messages.getMessage(row.messageKey(), null, language)))
                .doesNotContain("??")
                .doesNotContain(FailingPages.SECRET)
                .doesNotContain("Exception")
                .doesNotContain("at jp.todoku.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staticFiles")
    void staticFilesAreServedByTheApplicationItself(String path, String contentType) {
        Page page = Visitor.at(port).get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
    }

    @Test
    void pagesLinkStaticFilesByContentHashSoBrowsersMayKeepThem() {
        Visitor visitor = Visitor.at(port);
        Matcher stylesheet = STYLESHEET.matcher(visitor.get("/").body());
        assertThat(stylesheet.find()).as("the layout links a content-hashed stylesheet").isTrue();

        Page css = visitor.get(stylesheet.group(1));

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
    }

    static Stream<Arguments> staticFiles() {
        return Stream.of(Arguments.of("/css/todoku.css", "text/css"), Arguments.of("/favicon.svg", "image/svg+xml"));
    }
}
