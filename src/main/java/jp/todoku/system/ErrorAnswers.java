package jp.todoku.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error dispatch for what never reached a controller (the server itself refused a malformed
 * body or parameter): pages keep Boot's error page (templates/error), but an API path answers as
 * every other API error does, with an RFC 9457 problem detail in the caller's language (issue 16),
 * never the generic error JSON and never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers extends BasicErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorAnswers(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
                 MessageSource messages, LocaleResolver locales) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * A caller that accepts anything (curl's {@code Accept: *}{@code /*}, no Accept at all) is matched to the
     * HTML variant: on an API path it still gets the problem detail, never the site's page.
     */
    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!isApi(request)) {
            return super.errorHtml(request, response);
        }
        ResponseEntity<Map<String, Object>> problem = error(request);
        response.setStatus(problem.getStatusCode().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(JSON.writeValueAsString(problem.getBody()));
        } catch (IOException clientGone) {
            // nothing more to tell a client that has gone
        }
        return null;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!isApi(request)) {
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
