package jp.todoku.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A body that calls itself multipart but is not (no boundary, a broken part, {@code multipart/mixed})
 * fails while the request is parsed, before any controller is chosen, so no controller advice sees
 * it and it used to end as a 500 (issue 16); so did a file part sent where a text field belongs. It is
 * the sender's fault: the API answers 400 with a
 * problem detail in the caller's language, the site its polite 400 page.
 */
@Component
class BrokenMultipart implements HandlerExceptionResolver, Ordered {

    private final MessageSource messages;
    private final LocaleResolver locales;

    BrokenMultipart(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof MultipartException || isFileForText(exception))
                || exception instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return null;   // too large is answered elsewhere, with 413 and the limit
        }
        try {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Locale locale = locales.resolveLocale(request);
                String title = messages.getMessage("api.problem.unreadable.title", null, locale);
                String detail = messages.getMessage("api.problem.unreadable.detail", null, locale);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":400,\"detail\":"
                        + json(detail) + "}");
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (IOException clientGone) {
            // Nothing more to tell a client that has gone.
        }
        return new ModelAndView();
    }

    /**
     * A file part where a form expects a text field ({@code name="text"; filename="a.eml"}): Spring cannot
     * convert it and would answer 500 (found by the hostile-input test, issue 16). The sender's fault too.
     */
    private static boolean isFileForText(Exception exception) {
        return exception instanceof org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException conversion
                && conversion.getValue() instanceof org.springframework.web.multipart.MultipartFile;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
