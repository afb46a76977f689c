package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@TodokuWebTest
class SecurityTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/staff/login", "/no-such-page", "/css/todoku.css", "/actuator/health"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        Page page = Visitor.at(port).get(path);

        assertThat(page.header("Content-Security-Policy")).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.header("X-Frame-Options")).hasValue("DENY");
        assertThat(page.header("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/staff/login");

        Page withoutToken = visitor.post("/staff/login",
                Map.of("username", TodokuWebTest.ADMIN_USERNAME, "password", TodokuWebTest.ADMIN_PASSWORD));
        assertThat(withoutToken.status()).isEqualTo(403);

        Page withWrongToken = visitor.post("/staff/login", Map.of("username", TodokuWebTest.ADMIN_USERNAME,
                "password", TodokuWebTest.ADMIN_PASSWORD, "_csrf", "forged"));
        assertThat(withWrongToken.status()).isEqualTo(403);

        Page withToken = visitor.submit(form, "/staff/login",
                Map.of("username", TodokuWebTest.ADMIN_USERNAME, "password", TodokuWebTest.ADMIN_PASSWORD));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(withToken.location()).isEqualTo("/staff");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/staff", "/staff/", "/staff/tickets", "/staff/anything/deeper"})
    void theStaffConsoleSendsAnonymousVisitorsToTheLoginPage(String path) {
        Page page = Visitor.at(port).get(path);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/staff/login");
    }

    @Test
    void healthIsPublicButNotItsDetails() {
        Page page = Visitor.at(port).get("/actuator/health");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"status\":\"UP\"").doesNotContain("components");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator", "/actuator/info", "/actuator/metrics", "/actuator/env", "/actuator/beans"})
    void otherActuatorEndpointsAreClosedToAnonymousVisitors(String path) {
        Page page = Visitor.at(port).get(path);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/staff/login");
    }

    @Test
    void theAdministratorSignsInWithTheConfiguredPasswordAndReachesAdminEndpoints() {
        Visitor admin = Visitor.at(port);
        // Asking for a staff page remembers it in a session, so there is an anonymous session to replace.
        admin.get("/staff");
        String anonymousSession = admin.cookie("SESSION").orElseThrow();

        Page signedIn = admin.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).as("back to the page asked for").startsWith("/staff");
        assertThat(admin.cookie("SESSION")).as("a new session id after sign-in").isPresent().isNotEqualTo(Optional.of(anonymousSession));
        assertThat(admin.get("/actuator/info").status()).isEqualTo(200);
        assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(admin.get("/actuator/health").body()).contains("components");
        // ADMIN implies AGENT: the console lets the admin in (404 until a feature serves the page).
        assertThat(admin.get("/staff/anything").status()).isEqualTo(404);
        assertThat(admin.get("/").body()).contains("staff-bar");
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAMessage() {
        Visitor visitor = Visitor.at(port);

        Page refused = visitor.signIn(TodokuWebTest.ADMIN_USERNAME, "not-the-password");

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).isEqualTo("/staff/login?error");
        assertThat(visitor.get("/staff/login?error").body()).contains("id=\"login-error\"");
        assertThat(visitor.get("/actuator/info").status()).isEqualTo(302);
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() {
        Visitor admin = Visitor.at(port);
        admin.signIn(TodokuWebTest.ADMIN_USERNAME, TodokuWebTest.ADMIN_PASSWORD);
        Page home = admin.get("/");

        assertThat(admin.post("/staff/logout", Map.of()).status()).isEqualTo(403);
        Page signedOut = admin.submit(home, "/staff/logout", Map.of());

        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).isEqualTo("/staff/login?logout");
        assertThat(admin.get("/staff/anything").status()).isEqualTo(302);
    }

    @Test
    void theSessionCookieIsHttpOnly() {
        Visitor visitor = Visitor.at(port);

        Page page = visitor.get("/staff");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void aCustomerFillingInFormsLeavesNoSessionBehind() {
        Visitor customer = Visitor.at(port);

        Page paste = customer.get("/diagnose");
        Page result = customer.submit(paste, "/diagnose", Map.of("text", "550 5.1.1 <taro@example.jp>: User unknown"));
        customer.get("/guide");

        assertThat(result.status()).isEqualTo(200);
        assertThat(customer.cookie("SESSION")).as("no session for a customer").isEmpty();
        assertThat(paste.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("TODOKU-CSRF=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedEvenWithTheCookie() {
        Visitor customer = Visitor.at(port);
        customer.get("/diagnose");

        assertThat(customer.post("/diagnose", Map.of("text", "550 5.1.1 user unknown")).status()).isEqualTo(403);
    }
}
