package jp.todoku.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.headers.HeaderAnalysis;
import jp.todoku.headers.HeaderAnalyzer;
import jp.todoku.selfservice.RateLimiter;
import jp.todoku.selfservice.SelfServiceSettings;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/header-analyses}: a message's headers (or the whole message, or a bounce) as JSON
 * {@code {"text": ...}} or as a text/plain or message/rfc822 body. Stateless and storing nothing, so it
 * needs no CSRF token; rate-limited like the diagnosis API.
 */
@RestController
class HeaderAnalysisApiController {

    /** The JSON body: only the text. */
    record HeaderAnalysisRequest(String text) {
    }

    private final HeaderAnalyzer analyzer;
    private final RateLimiter limiter;
    private final SelfServiceSettings settings;
    private final MessageSource messages;
    private final JsonMapper json;

    HeaderAnalysisApiController(HeaderAnalyzer analyzer, RateLimiter limiter, SelfServiceSettings settings,
                                MessageSource messages, JsonMapper json) {
        this.analyzer = analyzer;
        this.limiter = limiter;
        this.settings = settings;
        this.messages = messages;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/header-analyses", produces = MediaType.APPLICATION_JSON_VALUE)
    HeaderAnalysisResponse analyze(HttpServletRequest request, Locale locale) throws IOException {
        limiter.acquire(RateLimiter.Action.DIAGNOSIS, request);
        String text = body(request);
        if (text.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.empty.title", "selfservice.headers.problem.empty");
        }
        HeaderAnalysis analysis = analyzer.analyze(text);
        if (!analysis.readable()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.unreadable.title",
                    "selfservice.headers.problem." + analysis.problem().code());
        }
        return HeaderAnalysisResponse.of(analysis, messages, locale);
    }

    private String body(HttpServletRequest request) throws IOException {
        MediaType type = Optional.ofNullable(request.getContentType()).map(MediaType::parseMediaType)
                .orElse(MediaType.TEXT_PLAIN);
        int max = settings.maxPasteBytes();
        if (MediaType.APPLICATION_JSON.includes(type) || type.getSubtype().endsWith("+json")) {
            try {
                HeaderAnalysisRequest body = json.readValue(limited(request.getInputStream(), max * 2 + 64),
                        HeaderAnalysisRequest.class);
                String text = body == null || body.text() == null ? "" : body.text();
                if (text.getBytes(StandardCharsets.UTF_8).length > max) {
                    throw tooLarge();
                }
                return text;
            } catch (JacksonException unreadable) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.unreadable.title", "api.problem.unreadable.detail");
            }
        }
        if (type.isCompatibleWith(MediaType.valueOf("message/rfc822")) || "text".equals(type.getType())
                || MediaType.APPLICATION_OCTET_STREAM.includes(type)) {
            return analyzer.textOf(limited(request.getInputStream(), max));
        }
        throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.media-type.title",
                "api.problem.media-type.detail");
    }

    /** Reads at most one byte more than allowed, so a larger body is refused without reading it all. */
    private byte[] limited(InputStream in, int limit) throws IOException {
        byte[] raw = in.readNBytes(limit + 1);
        if (raw.length > limit) {
            throw tooLarge();
        }
        return raw;
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "api.problem.too-large.title",
                "selfservice.headers.problem.too-large", settings.maxPasteBytes() / (1024 * 1024));
    }
}
