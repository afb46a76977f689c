package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * With an https public address (issue 16), behind a TLS proxy that speaks plain HTTP to Todoku:
 * responses carry HSTS and every cookie Todoku sets is Secure; links start from the public address,
 * whatever Host the request names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "todoku.public-url=https://help.example.jp")
@ActiveProfiles("test")
class HttpsPublicUrlTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hstsAndSecureCookiesFollowThePublicAddress() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/diagnose")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000"));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    @Test
    void aTicketsStatusLinkStartsFromThePublicAddressNotTheHost() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                .header("Content-Type", "application/json").header("X-Forwarded-Host", "evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"domain\":\"example.test\",\"direction\":\"SEND\",\"since\":\"2026-11-01\","
                        + "\"symptom\":\"CANNOT_SEND\",\"scope\":\"ALL\",\"contact\":\"someone@example.test\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("https://help.example.jp/status/").doesNotContain("evil.example")
                .doesNotContain("127.0.0.1");
    }
}
