package jp.todoku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests against the real server (issue 16): odd content types and broken bodies on the
 * public endpoints never get a 5xx; the API answers problem+json; a forged Host never reaches a link.
 */
@TodokuWebTest
class HostileRequestsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @org.springframework.beans.factory.annotation.Autowired
    jp.todoku.selfservice.RateLimiter limiter;

    @org.junit.jupiter.api.AfterEach
    void forget() {
        // Hundreds of requests from 127.0.0.1: the other tests of the shared context start with full buckets.
        limiter.reset();
    }

    @Test
    void oddContentTypesAndBrokenBodiesNeverGetA5xx() throws Exception {
        List<String> types = List.of("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=x",
                "multipart/mixed", "application/json; charset=bogus", "text/plain; charset=utf-16", "application/xml",
                "message/rfc822", "application/x-www-form-urlencoded", "*/*", "text/plain;;;", "application/octet-stream");
        List<String> bodies = List.of("", "{", "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n550 5.1.1",
                "\u0000\u0001\u0002", "{\"text\": \"\\ud800\"}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/api/v1/diagnoses", "/api/v1/tickets", "/api/v1/header-analyses")) {
            for (String type : types) {
                for (String body : bodies) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() >= 500) {
                        problems.add(response.statusCode() + " " + path + " [" + type + "] " + body.length() + " chars");
                    } else if (response.statusCode() >= 400 && response.statusCode() != 429
                            && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                        problems.add("not problem+json: " + response.statusCode() + " " + path + " [" + type + "] " + body.replaceAll("[^ -~]", "?") + " -> " + response.headers().firstValue("Content-Type").orElse("") + " " + response.body().substring(0, Math.min(200, response.body().length())));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aForgedHostNeverAppearsInALink() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                .header("Content-Type", "application/json").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"domain\":\"example.test\",\"direction\":\"SEND\",\"since\":\"2026-11-01\","
                        + "\"symptom\":\"CANNOT_SEND\",\"scope\":\"ALL\",\"contact\":\"someone@example.test\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body()).doesNotContain("evil.example");
    }
}
