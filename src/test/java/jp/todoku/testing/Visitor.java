package jp.todoku.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One person with a browser-like HTTP client: keeps cookies (session, language), sends
 * {@code Accept: text/html} and an Accept-Language, and does not follow redirects so tests see them.
 */
public final class Visitor {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String acceptLanguage = "ja";
    private String forwardedFor;

    private Visitor(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static Visitor at(int port) {
        return new Visitor(URI.create("http://localhost:" + port));
    }

    /** The browser's language preference, e.g. "en-US,en;q=0.9"; "ja" unless changed. */
    public Visitor speaking(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /**
     * Sends {@code X-Forwarded-For: address} with every request, as a trusted proxy would: the test profile
     * trusts 127.0.0.1, so the application sees this visitor coming from {@code address}.
     */
    public Visitor from(String address) {
        this.forwardedFor = address;
        return this;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    public Page post(String path, Map<String, String> fields) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(fields))));
    }

    /** Posts the fields plus the CSRF token that the form page carried, as a browser would. */
    public Page submit(Page formPage, String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", formPage.requireCsrfToken());
        return post(path, withToken);
    }

    /** Signs in through the staff login form; returns the response to the login POST. */
    public Page signIn(String username, String password) {
        Page form = get("/staff/login");
        return submit(form, "/staff/login", Map.of("username", username, "password", password));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", acceptLanguage);
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
