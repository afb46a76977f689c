package jp.todoku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import jp.todoku.selfservice.RateLimiter;
import jp.todoku.testing.TestDns;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/dns-checks} over real HTTP against the test DNS server. */
@TodokuWebTest
class DnsCheckApiTest {

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

    private HttpResponse<String> get(String query, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dns-checks?" + query))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRecipientDomainWithMxPassesWithTheTextInTheRequestsLanguage() throws Exception {
        HttpResponse<String> response = get("domain=" + TestDns.MAIL_DOMAIN, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("kind").asString()).isEqualTo("recipient");
        assertThat(body.get("subject").asString()).isEqualTo(TestDns.MAIL_DOMAIN);
        assertThat(body.get("outcome").asString()).isEqualTo("pass");
        JsonNode mx = body.get("results").get(0);
        assertThat(mx.get("check").asString()).isEqualTo("mx");
        assertThat(mx.get("message").asString()).isEqualTo(messages.getMessage("dnscheck.finding.mx-found",
                new Object[] {TestDns.MAIL_DOMAIN, "mx1." + TestDns.MAIL_DOMAIN}, Locale.ENGLISH));
        assertThat(mx.get("records").get(0).asString()).contains("mx1." + TestDns.MAIL_DOMAIN);
    }

    @Test
    void aSenderDomainWithoutSpfFailsAndItsRecordsComeBackAsPublished() throws Exception {
        HttpResponse<String> response = get("kind=sender&domain=" + TestDns.MARKUP_DOMAIN, "ja");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("outcome").asString()).isEqualTo("fail");
        assertThat(body.get("results").valueStream().map(result -> result.get("key").asString()))
                .contains("dnscheck.finding.spf-missing");
        assertThat(body.get("results").valueStream().flatMap(result -> result.get("records").valueStream())
                .map(JsonNode::asString)).contains(TestDns.MARKUP_RECORD);
    }

    @Test
    void aSendingServersReverseDnsIsChecked() throws Exception {
        HttpResponse<String> response = get("kind=server&address=" + TestDns.SERVER_ADDRESS, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("subject").asString()).isEqualTo(TestDns.SERVER_ADDRESS);
        assertThat(body.get("results").valueStream().map(result -> result.get("key").asString()))
                .contains("dnscheck.finding.ptr-found", "dnscheck.finding.fcrdns-match");
    }

    @Test
    void invalidInputIsAProblemDetailThatCostsNoToken() throws Exception {
        for (String query : new String[] {"domain=not+a+domain", "", "domain=example.jp&kind=nameserver",
                "kind=server&domain=example.jp", "kind=server&address=192.0.2.300"}) {
            HttpResponse<String> response = get(query, "en");
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("detail").asString()).isNotBlank();
        }
    }
}
