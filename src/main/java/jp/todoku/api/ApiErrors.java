package jp.todoku.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.todoku.selfservice.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API error as an RFC 9457 problem detail (application/problem+json) with a localized title and
 * detail. Customer input never causes a 500: what the API cannot read is a 4xx.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem, Locale locale) {
        return respond(problem.status(), text(problem.titleKey(), locale),
                text(problem.detailKey(), locale, problem.arguments()), Map.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            String message = messages.getMessage(error, locale);
            errors.add(Map.of("field", error.getField(), "message", message));
            lines.add(text("api.problem.invalid.field", locale, error.getField(), message));
        }
        return respond(HttpStatus.BAD_REQUEST, text("api.problem.invalid.title", locale), String.join(" ", lines),
                Map.of("errors", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, text("api.problem.unreadable.title", locale),
                text("api.problem.unreadable.detail", locale), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException unsupported, Locale locale) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("api.problem.media-type.title", locale),
                text("api.problem.media-type.detail", locale), Map.of());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException tooMany, Locale locale) {
        ResponseEntity<ProblemDetail> response = respond(HttpStatus.TOO_MANY_REQUESTS,
                text("api.problem.rate-limit.title", locale), text(tooMany.messageKey(), locale), Map.of());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header("Retry-After", String.valueOf(tooMany.action().retryAfterSeconds()))
                .body(response.getBody());
    }

    /**
     * The request's form, parameters or method did not fit the endpoint (Spring's own refusals, which
     * would otherwise reach the generic error JSON): the status Spring chose, as a problem detail.
     */
    @ExceptionHandler({org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.beans.TypeMismatchException.class,
            org.springframework.web.HttpRequestMethodNotSupportedException.class,
            org.springframework.web.HttpMediaTypeNotAcceptableException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.validation.BindException.class})
    ResponseEntity<ProblemDetail> notFitting(Exception refused, Locale locale) {
        HttpStatus status = refused instanceof org.springframework.web.ErrorResponse response
                ? HttpStatus.resolve(response.getStatusCode().value()) : HttpStatus.BAD_REQUEST;
        if (status == null || !status.is4xxClientError()) {
            status = HttpStatus.BAD_REQUEST;
        }
        return respond(status, text("api.problem.unreadable.title", locale), text("api.problem.unreadable.detail", locale),
                Map.of());
    }

    /** A value the ticket domain refused (too long, malformed answers): the customer's fault, so 400. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> refused(IllegalArgumentException refused, Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, text("api.problem.invalid.title", locale),
                text("api.problem.unreadable.detail", locale), Map.of());
    }

    private ResponseEntity<ProblemDetail> respond(HttpStatus status, String title, String detail,
                                                  Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
