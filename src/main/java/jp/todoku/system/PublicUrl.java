package jp.todoku.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place absolute links come from: the operator's {@code TODOKU_PUBLIC_URL}
 * (e.g. {@code https://help.example.jp}). A link is never built from the request's {@code Host} or
 * {@code X-Forwarded-*} headers, which any client can forge (a poisoned status link would leak its token).
 * Without a configured URL, links for a browser stay relative and mail links cannot be made.
 */
@Component
public class PublicUrl {

    private final Optional<URI> base;

    public PublicUrl(@Value("${todoku.public-url:}") String configured) {
        this.base = parse(configured);
    }

    static Optional<URI> parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        String text = configured.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new IllegalStateException("todoku.public-url (TODOKU_PUBLIC_URL) must be an http(s) URL "
                        + "with a host and no query, fragment or user: " + configured);
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("todoku.public-url (TODOKU_PUBLIC_URL) is not a URL: " + configured, e);
        }
    }

    /** The configured base, without a trailing slash. */
    public Optional<URI> base() {
        return base;
    }

    public boolean isConfigured() {
        return base.isPresent();
    }

    public boolean isHttps() {
        return base.map(uri -> "https".equalsIgnoreCase(uri.getScheme())).orElse(false);
    }

    /**
     * A link for a browser: absolute from the configured base, else the path itself (relative to the
     * site the browser already shows). {@code pathAndQuery} starts with "/" and is already encoded.
     */
    public String link(String pathAndQuery) {
        return absolute(pathAndQuery).orElse(pathAndQuery);
    }

    /** An absolute link (for mail and exports), or empty when no public URL is configured. */
    public Optional<String> absolute(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("a link path starts with /: " + pathAndQuery);
        }
        return base.map(uri -> uri + pathAndQuery);
    }
}
