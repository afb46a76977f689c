package jp.todoku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.selfservice.RateLimiter;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests to every public page and API endpoint (issue 16), sent as raw bytes over a socket so
 * nothing in between cleans them up: odd content types with and without parameters, broken multipart,
 * invalid UTF-8 in bodies, paths, queries and headers, a 64 KB header, deep JSON, oversized bodies, odd
 * paths. Forms get a valid CSRF token (in the query), so the bodies reach the controllers. No answer is
 * ever 5xx; the API's refusals are problem+json, the site's an HTML page in the visitor's language; a
 * forged Host appears in no answer; the customer's text is never logged.
 */
@TodokuWebTest
@ExtendWith(OutputCaptureExtension.class)
class HostileEndpointsTest {

    /** Put into every body: must never reach the log. */
    private static final String MARKER = "CUSTOMERTEXT7731";
    private static final String REFERENCE = "TD-2026-000001";

    private static final List<String> GET_PATHS = List.of("/", "/diagnose", "/guide", "/dns", "/headers", "/tickets/new",
            "/tickets", "/status", "/status/" + REFERENCE, "/d/nope", "/h/nope", "/api/v1/dns-checks",
            "/api/v1/tickets/" + REFERENCE, "/api/v1/openapi.json", "/api/v1/diagnoses", "/api/v1/nope");
    private static final List<String> POST_PATHS = List.of("/", "/diagnose", "/d", "/diagnose/feedback", "/guide", "/dns",
            "/headers", "/headers/save", "/headers/ticket", "/tickets", "/tickets/draft", "/status/" + REFERENCE + "/replies",
            "/api/v1/diagnoses", "/api/v1/tickets", "/api/v1/header-analyses", "/api/v1/dns-checks");
    private static final List<String> CONTENT_TYPES = List.of("", "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=shift_jis", "application/x-www-form-urlencoded; charset=bogus",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"unclosed",
            "multipart/form-data; boundary=B", "multipart/mixed; boundary=B", "application/json", "application/json; charset=utf-16",
            "application/json; charset=no-such-charset", "application/problem+json", "text/plain", "text/plain; charset=iso-2022-jp",
            "message/rfc822", "application/xml", "application/octet-stream", "image/png", "*/*", "text/plain;;;=;",
            "\u00ff\u00fe/\u00e9");

    @LocalServerPort
    int port;

    @Autowired
    RateLimiter limiter;

    private String csrfQuery = "";
    private String cookie = "";

    @BeforeEach
    void formToken() throws IOException {
        Answer page = send(request("GET", "/diagnose", Map.of("Accept-Language", "ja"), new byte[0]));
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.text());
        if (token.find()) {
            csrfQuery = "_csrf=" + token.group(1);
        }
        List<String> cookies = new ArrayList<>();
        for (String header : page.headers()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("set-cookie:")) {
                cookies.add(header.substring(11).strip().split(";", 2)[0]);
            }
        }
        cookie = String.join("; ", cookies);
    }

    @AfterEach
    void forget() {
        limiter.reset();
    }

    @Test
    void everyBodyToEveryEndpoint(CapturedOutput output) throws IOException {
        assertThat(csrfQuery).as("the paste page's CSRF token").isNotEmpty();
        List<byte[]> bodies = bodies();
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (String path : POST_PATHS) {
            for (String type : CONTENT_TYPES) {
                for (byte[] body : bodies) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (!type.isEmpty()) {
                        headers.put("Content-Type", type);
                    }
                    headers.put("Accept-Language", sent % 2 == 0 ? "ja" : "en");
                    headers.put("Cookie", cookie);
                    check(problems, "POST", path + "?" + csrfQuery, headers, body);
                    if (++sent % 20 == 0) {
                        limiter.reset();
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(output.getAll()).doesNotContain(MARKER);
    }

    @Test
    void oddPathsQueriesAndHeaders(CapturedOutput output) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> queries = List.of("", "?q=%FF%FE%FD", "?a=%", "?a=%E3%81", "?text=" + MARKER + "%00%0D%0A",
                "?direction=SEND&direction=RECEIVE&domain=%E4%BE%8B%2E%2E", "?page=-1&sort=%27&lang=xx",
                "?lang=%FF", "?token=" + "x".repeat(9000), "?" + "a=1&".repeat(3000), "?domain=" + MARKER + ".example",
                "?\u00ff\u00fe=\u00e9", "?text=" + MARKER + "%FF&lang=%FF" + MARKER, "?q=" + MARKER + "%E3%81");
        for (String path : GET_PATHS) {
            for (String query : queries) {
                check(problems, "GET", path + query, Map.of("Accept-Language", "en"), new byte[0]);
            }
            limiter.reset();
        }
        for (String path : List.of("/diagnose/", "//diagnose", "/./diagnose", "/%2e%2e/diagnose", "/diagnose;jsessionid=x",
                "/..;/staff", "/d/%FF%FE", "/status/%00", "/status/" + "9".repeat(5000), "/\u00ff\u00fe", "/api/v1/tickets/%2F..%2F",
                "/diagnose%20", "/api/v1//diagnoses", "/staff/../diagnose", "/h/%E3%81", "/api/v1/tickets/" + MARKER)) {
            check(problems, "GET", path, Map.of("Accept-Language", "ja"), new byte[0]);
        }
        for (String path : List.of("/", "/diagnose", "/api/v1/diagnoses", "/api/v1/tickets/" + REFERENCE)) {
            for (Map<String, String> headers : List.of(
                    Map.of("X-Big", "a".repeat(64 * 1024)),
                    Map.of("Cookie", "SESSION=" + "b".repeat(64 * 1024)),
                    Map.of("Accept-Language", "\u00ff\u00fe;q=abc, *;q=-1, xx-YY-ZZ-1234567890;q=0.5"),
                    Map.of("Accept", "application/\u00ff; q=x, */*;;"),
                    Map.of("Accept", "application/xml"),
                    Map.of("Accept", "text/event-stream"),
                    Map.of("Content-Type", "application/json", "Content-Length", "abc"),
                    Map.of("X-Status-Token", "\u00ff\u00fe" + MARKER),
                    Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                            "X-Forwarded-For", "\u00ff, 999.1.1.1, ::zz"),
                    Map.of("Range", "bytes=99999-1"),
                    Map.of("Transfer-Encoding", "chunked, gzip"))) {
                Map<String, String> all = new LinkedHashMap<>(headers);
                all.putIfAbsent("Accept-Language", "ja");
                check(problems, "GET", path, all, new byte[0]);
            }
        }
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "\u00ffX")) {
            check(problems, method, "/diagnose", Map.of("Accept-Language", "ja"), new byte[0]);
            check(problems, method, "/api/v1/diagnoses", Map.of("Accept-Language", "ja"), new byte[0]);
        }
        assertThat(problems).isEmpty();
        assertThat(output.getAll()).doesNotContain(MARKER);
    }

    @Test
    void oversizedBodies() throws IOException {
        List<String> problems = new ArrayList<>();
        byte[] nineMegabytes = ("text=" + "5".repeat(9 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        byte[] multipart = multipart("file", "x".repeat(9 * 1024 * 1024));
        for (String path : List.of("/diagnose", "/headers", "/tickets", "/api/v1/diagnoses", "/api/v1/tickets")) {
            check(problems, "POST", path + "?" + csrfQuery, Map.of("Content-Type", "application/x-www-form-urlencoded",
                    "Cookie", cookie, "Accept-Language", "en"), nineMegabytes);
            check(problems, "POST", path + "?" + csrfQuery, Map.of("Content-Type", "multipart/form-data; boundary=B",
                    "Cookie", cookie, "Accept-Language", "ja"), multipart);
            limiter.reset();
        }
        assertThat(problems).isEmpty();
    }

    private List<byte[]> bodies() {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(new byte[0]);
        bodies.add(ascii("text=550+5.1.1+" + MARKER + "&domain=%FF%FE.jp&contact=%E3%81&direction=SEND&symptom=x"));
        bodies.add(ascii("text=%&&&=&%ZZ=%E3%81%82%ED%A0%80"));
        bodies.add(concat(ascii("text="), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, (byte) 0xed, (byte) 0xa0, (byte) 0x80},
                ascii(MARKER)));
        bodies.add(ascii("{\"text\":\"550 " + MARKER + "\",\"errorText\":\"\\ud800\",\"domain\":1e999999,\"guideAnswers\":{\"a\":[1]}}"));
        bodies.add(ascii("[".repeat(20_000) + "]".repeat(20_000)));
        bodies.add(ascii("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        bodies.add(ascii("{\"text\":\"" + "\\u0000".repeat(2000) + "\"}"));
        bodies.add(multipart("text", "550 5.1.1 " + MARKER));
        bodies.add(ascii("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.eml\"\r\nContent-Type: message/rfc822\r\n\r\n"
                + "From: a@b\r\n\r\n" + MARKER));
        bodies.add(ascii("--B\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--B"));
        bodies.add(ascii("--B--\r\n"));
        bodies.add(ascii("--B\r\n" + "X: y\r\n".repeat(2000) + "\r\n\r\n--B--\r\n"));
        bodies.add(concat(ascii("--B\r\nContent-Disposition: form-data; name=\"\u00ff\u00fe\"\r\n\r\n"),
                new byte[] {(byte) 0x80, (byte) 0xff}, ascii("\r\n--B--\r\n")));
        bodies.add(new byte[] {0, 1, 2, 3, (byte) 0xff, 0x1b, '$', 'B'});
        bodies.add(ascii("\u00ef\u00bb\u00bf{\"text\":\"" + MARKER + "\"}"));
        return bodies;
    }

    private void check(List<String> problems, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        Answer answer = send(request(method, target, headers, body));
        String what = method + " " + abbreviate(target) + " " + abbreviate(headers.toString()) + " body " + body.length + " bytes";
        if (answer.status() == 0) {
            return; // the server closed the connection on a request it could not parse: not an answer
        }
        if (answer.status() >= 500) {
            problems.add(answer.status() + " for " + what + ": " + abbreviate(answer.text()));
            return;
        }
        if (answer.text().contains("evil.example")) {
            problems.add("forged host in the answer to " + what);
        }
        // Tomcat refuses some requests itself, before the application sees them (a request line or header
        // above its 8 KB limit, more than 1,000 parameters, an unknown method or transfer coding): a bare
        // 400 page of its own. A 4xx all the same; nothing of the application ran.
        boolean refusedByTheConnector = answer.status() == 400 && answer.text().contains("<title>HTTP Status 400");
        if (answer.status() >= 400 && answer.status() != 429 && !answer.contentType().isEmpty() && !refusedByTheConnector) {
            boolean api = target.startsWith("/api/");
            boolean html = answer.contentType().startsWith("text/html");
            boolean problemJson = answer.contentType().startsWith("application/problem+json");
            if (api && !problemJson && !"HEAD".equals(method)) {
                problems.add("not problem+json (" + answer.contentType() + ") " + answer.status() + " for " + what);
            } else if (!api && !html && !problemJson) {
                problems.add("not a page (" + answer.contentType() + ") " + answer.status() + " for " + what);
            }
        }
    }

    private byte[] request(String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (!headers.containsKey("Host")) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        if (!headers.containsKey("Accept")) {
            // a browser on the site's pages; curl's default on the API
            head.append("Accept: ").append(target.startsWith("/api/") ? "*/*" : "text/html,application/xhtml+xml,*/*;q=0.8")
                    .append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private record Answer(int status, List<String> headers, String text) {
        String contentType() {
            for (String header : headers) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    return header.substring(13).strip();
                }
            }
            return "";
        }
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException closedEarly) {
                // the server answered (413, 400) and closed before reading the whole body: read its answer
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                in.transferTo(received);
            } catch (SocketException reset) {
                // a reset after the answer
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                return new Answer(0, List.of(), text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].substring(9, 12));
            return new Answer(status, List.of(lines).subList(1, lines.length), text.substring(end + 4));
        }
    }

    private static byte[] multipart(String field, String value) {
        return ascii("--B\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"a.eml\"\r\n"
                + "Content-Type: message/rfc822\r\n\r\n" + value + "\r\n--B--\r\n");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("[^ -~]", "?");
        return printable.length() > 160 ? printable.substring(0, 160) + "..." : printable;
    }
}
