package jp.todoku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.todoku.selfservice.Fixtures;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP: every input form, problem details for bad input, languages, tickets. */
@TodokuWebTest
class ApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    TicketService tickets;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String contentType, String language, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private byte[] jsonBody(Object value) {
        return json.writeValueAsBytes(value);
    }

    @Test
    void diagnosesJsonWithTheCliFieldNamesAndKnowledgeInTheRequestedLanguage() throws Exception {
        HttpResponse<String> english = post("/api/v1/diagnoses", "application/json", "en",
                jsonBody(Map.of("text", Fixtures.text(Fixtures.UNKNOWN_USER))));
        assertThat(english.statusCode()).isEqualTo(200);
        JsonNode failure = read(english).get("failures").get(0);
        assertThat(read(english).get("kind").asString()).isEqualTo("bounce");
        assertThat(failure.get("index").asInt()).isEqualTo(1);
        assertThat(failure.get("recipient").asString()).isEqualTo("taro.yamada@customer-corp.test");
        assertThat(failure.get("status").asString()).isEqualTo("5.1.1");
        assertThat(failure.get("replyCode").asString()).isEqualTo("550");
        assertThat(failure.get("reason").asString()).isEqualTo("userunknown");
        assertThat(failure.get("hardBounce").asBoolean()).isTrue();
        assertThat(failure.get("temporary").asBoolean()).isFalse();
        for (String field : new String[] {"diagnosticText", "remoteHost", "command", "decodedBy", "sender"}) {
            assertThat(failure.has(field)).as(field).isTrue();
        }
        String englishTitle = failure.get("knowledge").get(0).get("title").asString();

        HttpResponse<String> japanese = post("/api/v1/diagnoses", "message/rfc822", "ja",
                Fixtures.bytes(Fixtures.UNKNOWN_USER));
        assertThat(japanese.statusCode()).isEqualTo(200);
        String japaneseTitle = read(japanese).get("failures").get(0).get("knowledge").get(0).get("title").asString();
        assertThat(japaneseTitle).isNotEqualTo(englishTitle);
        assertThat(japaneseTitle.codePoints().anyMatch(point -> Character.UnicodeScript.of(point)
                == Character.UnicodeScript.HIRAGANA || Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN))
                .isTrue();

        HttpResponse<String> form = post("/api/v1/diagnoses", "application/x-www-form-urlencoded", null,
                ("text=" + URLEncoder.encode(Fixtures.text(Fixtures.MAILBOX_FULL), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(read(form).get("failures").get(0).get("reason").asString()).isEqualTo("mailboxfull");
    }

    @Test
    void badInputIsAProblemDetailInTheRequestedLanguageNeverA500() throws Exception {
        HttpResponse<String> empty = post("/api/v1/diagnoses", "application/json", "en", jsonBody(Map.of("text", " ")));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(read(empty).get("detail").asString()).contains("empty");
        assertThat(read(empty).get("status").asInt()).isEqualTo(400);

        HttpResponse<String> emptyJa = post("/api/v1/diagnoses", "application/json", "ja", jsonBody(Map.of("text", "")));
        assertThat(read(emptyJa).get("detail").asString()).contains("入力されていません");

        HttpResponse<String> broken = post("/api/v1/diagnoses", "application/json", "en",
                "{\"text\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(read(broken).get("title").asString()).isEqualTo("Unreadable request");

        HttpResponse<String> large = post("/api/v1/diagnoses", "message/rfc822", "en", new byte[3 * 1024 * 1024]);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(read(large).get("detail").asString()).contains("2 MB");

        HttpResponse<String> binary = post("/api/v1/diagnoses", "application/octet-stream", "en", new byte[5000]);
        assertThat(binary.statusCode()).isEqualTo(422);

        HttpResponse<String> image = post("/api/v1/diagnoses", "image/png", "en", new byte[10]);
        assertThat(image.statusCode()).isEqualTo(415);
        assertThat(read(image).get("title").asString()).isEqualTo("Unsupported content type");
    }

    @Test
    void anUploadBeyondTheServersMultipartLimitIsStillAProblemDetail() throws Exception {
        String boundary = "todoku-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.eml\"\r\n"
                + "Content-Type: message/rfc822\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 7 * 1024 * 1024 + tail.length];
        java.util.Arrays.fill(body, (byte) 'x');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        HttpResponse<String> response = post("/api/v1/diagnoses", "multipart/form-data; boundary=" + boundary, "en", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(read(response).get("detail").asString()).contains("2 MB");
    }

    @Test
    void opensATicketFromJsonAndReadsItBackWithTheStatusToken() throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("domain", "shop-sakura.test");
        body.put("direction", "SEND");
        body.put("since", "2026-11-19");
        body.put("symptom", "ERROR_MAIL");
        body.put("scope", "SOME");
        body.put("sentAt", "2026-11-19T14:02:05+09:00");
        body.put("sender", "hanako@shop-sakura.test");
        body.put("recipient", "taro.yamada@customer-corp.test");
        body.put("errorText", Fixtures.text(Fixtures.UNKNOWN_USER));
        body.put("name", "Hanako");
        body.put("contact", "hanako@backup.test");
        body.put("comment", "Please help");
        HttpResponse<String> created = post("/api/v1/tickets", "application/json", "en", jsonBody(body));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = read(created).get("reference").asString();
        String token = read(created).get("statusToken").asString();
        assertThat(reference).matches("TD-\\d{4}-\\d{6,}");
        assertThat(read(created).get("statusUrl").asString()).contains("/status/" + reference + "?token=" + token);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/v1/tickets/" + reference));
        assertThat(token.length() * 6).isGreaterThanOrEqualTo(128);

        HttpResponse<String> byHeader = get("/api/v1/tickets/" + reference, Map.of("X-Status-Token", token));
        assertThat(byHeader.statusCode()).isEqualTo(200);
        assertThat(read(byHeader).get("status").asString()).isEqualTo("NEW");
        assertThat(read(byHeader).get("symptom").asString()).isEqualTo("ERROR_MAIL");
        assertThat(get("/api/v1/tickets/" + reference + "?token=" + token, Map.of()).statusCode()).isEqualTo(200);

        HttpResponse<String> wrongToken = get("/api/v1/tickets/" + reference, Map.of("X-Status-Token", "x".repeat(32),
                "Accept-Language", "en"));
        assertThat(wrongToken.statusCode()).isEqualTo(404);
        assertThat(read(wrongToken).get("title").asString()).isEqualTo("Not found");

        assertThat(tickets.findForStaff(reference)).hasValueSatisfying(detail -> assertThat(detail.toString())
                .contains("userunknown"));
    }

    @Test
    void anInvalidTicketNamesEachFieldInTheRequestedLanguage() throws Exception {
        HttpResponse<String> invalid = post("/api/v1/tickets", "application/json", "en",
                jsonBody(Map.of("domain", "not a domain", "direction", "SEND", "symptom", "ERROR_MAIL", "scope", "ALL",
                        "contact", "nobody")));
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problem = read(invalid);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
        assertThat(problem.get("detail").asString()).contains("domain").contains("contact");
        assertThat(problem.get("errors").size()).isEqualTo(2);

        HttpResponse<String> badEnum = post("/api/v1/tickets", "application/json", "ja",
                "{\"domain\":\"a.test\",\"direction\":\"SIDEWAYS\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(read(badEnum).get("title").asString()).isEqualTo("リクエストを読み取れません");

        HttpResponse<String> notJson = post("/api/v1/tickets", "text/plain", "en", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.statusCode()).isEqualTo(415);
    }

    @Test
    void theOpenApiDocumentIsServed() throws Exception {
        HttpResponse<String> document = get("/api/v1/openapi.json", Map.of());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(read(document).get("openapi").asString()).startsWith("3.1");
    }
}
