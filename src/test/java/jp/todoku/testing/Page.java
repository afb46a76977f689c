package jp.todoku.testing;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP response as a {@link Visitor} received it. */
public record Page(int status, HttpHeaders headers, String body) {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"");

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The redirect target's path and query, e.g. "/staff/login?error". */
    public String location() {
        URI location = URI.create(header("Location").orElseThrow(() -> new AssertionError("no Location header")));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    public Optional<String> findCsrfToken() {
        Matcher matcher = CSRF_FIELD.matcher(body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public String requireCsrfToken() {
        return findCsrfToken().orElseThrow(() -> new AssertionError("the page has no CSRF token field"));
    }

    /** The {@code lang} attribute of the html element. */
    public Optional<String> language() {
        Matcher matcher = HTML_LANG.matcher(body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
