package jp.todoku.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.Language;
import jp.todoku.selfservice.Diagnoses;
import jp.todoku.selfservice.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/diagnoses}: the text as a form field {@code text} (or an uploaded {@code file}),
 * as JSON {@code {"text": ...}}, or the raw message as a {@code message/rfc822} (or text/plain) body.
 * Stateless and storing nothing, so it needs no CSRF token.
 */
@RestController
class DiagnosisApiController {

    /** The JSON body: only the text. */
    record DiagnosisRequest(String text) {
    }

    private final Diagnoses diagnoses;
    private final Knowledge knowledge;
    private final RateLimiter limiter;
    private final JsonMapper json;

    DiagnosisApiController(Diagnoses diagnoses, Knowledge knowledge, RateLimiter limiter, JsonMapper json) {
        this.diagnoses = diagnoses;
        this.knowledge = knowledge;
        this.limiter = limiter;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/diagnoses", produces = MediaType.APPLICATION_JSON_VALUE)
    DiagnosisResponse diagnose(HttpServletRequest request, Locale locale) throws IOException {
        limiter.acquire(RateLimiter.Action.DIAGNOSIS, request);
        byte[] raw = body(request);
        diagnoses.findProblem(raw).ifPresent(this::refuse);
        Diagnosis diagnosis = diagnoses.diagnose(raw);
        if (diagnosis.kind() == Diagnosis.Kind.UNREADABLE) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.unreadable.title",
                    diagnosis.findProblem().orElse("diagnosis.problem.unreadable"));
        }
        return DiagnosisResponse.of(diagnosis, knowledge, Language.of(locale));
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        MediaType type = Optional.ofNullable(request.getContentType()).map(MediaType::parseMediaType)
                .orElse(MediaType.TEXT_PLAIN);
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > diagnoses.maxBytes()) {
                    refuse(Diagnoses.PROBLEM_TOO_LARGE);
                }
                return file.getBytes();
            }
            return bytes(request.getParameter("text"));
        }
        if (MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
            return bytes(request.getParameter("text"));
        }
        if (MediaType.APPLICATION_JSON.includes(type) || type.getSubtype().endsWith("+json")) {
            try {
                DiagnosisRequest body = json.readValue(limited(request.getInputStream(), diagnoses.maxBytes() * 2 + 64),
                        DiagnosisRequest.class);
                return bytes(body == null ? null : body.text());
            } catch (JacksonException unreadable) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.unreadable.title",
                        "api.problem.unreadable.detail");
            }
        }
        if (type.isCompatibleWith(MediaType.valueOf("message/rfc822")) || "text".equals(type.getType())
                || MediaType.APPLICATION_OCTET_STREAM.includes(type)) {
            return limited(request.getInputStream(), diagnoses.maxBytes());
        }
        throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.media-type.title",
                "api.problem.media-type.detail");
    }

    /** Reads at most one byte more than allowed, so a larger body is refused without reading it all. */
    private byte[] limited(InputStream in, int limit) throws IOException {
        byte[] raw = in.readNBytes(limit + 1);
        if (raw.length > limit) {
            refuse(Diagnoses.PROBLEM_TOO_LARGE);
        }
        return raw;
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    private void refuse(String problemKey) {
        switch (problemKey) {
            case Diagnoses.PROBLEM_TOO_LARGE -> throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE,
                    "api.problem.too-large.title", problemKey, diagnoses.maxBytes() / (1024 * 1024));
            case Diagnoses.PROBLEM_EMPTY -> throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.empty.title",
                    problemKey);
            default -> throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.unreadable.title", problemKey);
        }
    }
}
