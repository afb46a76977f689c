package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The customer's pages answer a rate limit with a polite page (429) that says when to try again. */
@ControllerAdvice(basePackageClasses = SelfServiceErrors.class, annotations = Controller.class)
class SelfServiceErrors {

    static final String TOO_MANY_VIEW = "selfservice/too-many";

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException exception, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(exception.action().retryAfterSeconds()));
        model.addAttribute("messageKey", exception.messageKey());
        return TOO_MANY_VIEW;
    }
}
