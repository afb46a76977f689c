package jp.todoku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import jp.todoku.selfservice.RateLimiter;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/header-analyses} over real HTTP, as JSON and as text/plain. */
@TodokuWebTest
class HeaderAnalysisApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MessageSource messages;

    @Autowired
    RateLimiter limiter;

    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void forget() {
        limiter.reset();
    }

    private HttpResponse<String> post(String contentType, String body, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/header-analyses"))
                .header("Content-Type", contentType).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonGivesTheRouteTheSlowestHopAndTheVerdicts() throws Exception {
        String request = json.writeValueAsString(Map.of("text", fixture("gmail-source.txt")));

        HttpResponse<String> response = post("application/json", request, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("source").asString()).isEqualTo("message");
        assertThat(body.get("route").get("hops")).hasSize(4);
        assertThat(body.get("route").get("slowestHop").asInt()).isEqualTo(3);
        assertThat(body.get("route").get("cause").asString()).isEqualTo("retry");
        assertThat(body.get("route").get("causeText").asString())
                .isEqualTo(messages.getMessage("selfservice.headers.cause.retry", null, Locale.ENGLISH));
        JsonNode hop = body.get("route").get("hops").get(2);
        assertThat(hop.get("by").asString()).isEqualTo("mx.google.com");
        assertThat(hop.get("fromAddress").asString()).isEqualTo("203.0.113.25");
        assertThat(hop.get("delaySeconds").asInt()).isEqualTo(36 * 60 + 58);
        assertThat(body.get("authentication").get("dmarc").get("verdict").asString()).isEqualTo("pass");
        assertThat(body.get("authentication").get("alignment").get("outcome").asString()).isEqualTo("aligned");
        assertThat(body.get("summary").get("subject").asString()).isEqualTo("お知らせ");
        assertThat(body.get("dnsCheck").get("path").asString()).isEqualTo("/api/v1/dns-checks?kind=sender&domain=shop.example.co.jp");
    }

    @Test
    void plainTextWorksAndForgedResultsAreMarked() throws Exception {
        HttpResponse<String> response = post("text/plain; charset=UTF-8", fixture("forged-results.txt"), "ja");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = json.readTree(response.body()).get("authentication").get("results");
        assertThat(results.get(0).get("trust").asString()).isEqualTo("receiver");
        assertThat(results.get(1).get("trust").asString()).isEqualTo("before-receiver");
        assertThat(results.get(2).get("trust").asString()).isEqualTo("other-server");
    }

    @Test
    void badInputIsAProblemDetailNotA500() throws Exception {
        HttpResponse<String> empty = post("application/json", "{\"text\":\"\"}", "en");
        HttpResponse<String> prose = post("text/plain", "my mail is late", "en");
        HttpResponse<String> broken = post("application/json", "{\"text\":", "en");
        HttpResponse<String> large = post("text/plain", "x".repeat(3 * 1024 * 1024), "en");
        HttpResponse<String> image = post("image/png", "x", "en");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(json.readTree(empty.body()).get("detail").asString())
                .isEqualTo(messages.getMessage("selfservice.headers.problem.empty", null, Locale.ENGLISH));
        assertThat(prose.statusCode()).isEqualTo(422);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(image.statusCode()).isEqualTo(415);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HeaderAnalysisApiTest.class.getResourceAsStream("/headers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
