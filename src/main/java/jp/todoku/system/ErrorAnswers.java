package jp.todoku.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The error dispatch for what never reached a controller (the server itself refused a malformed
 * body or parameter): pages keep Boot's error page (templates/error), but an API path answers as
 * every other API error does, with an RFC 9457 problem detail in the caller's language (issue 16),
 * never the generic error JSON and never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers extends BasicErrorController {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorAnswers(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
                 MessageSource messages, LocaleResolver locales) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/")) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        if (status.is5xxServerError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(status.is4xxClientError() ? "api.problem.unreadable.title"
                : "api.problem.server.title", null, status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(status.is4xxClientError() ? "api.problem.unreadable.detail"
                : "api.problem.server.detail", null, status.getReasonPhrase(), locale));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
