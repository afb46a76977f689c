package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload beyond the server's multipart limit fails before any controller runs, so this advice is not
 * tied to a package: the API gets a problem detail, a page gets the paste page with the size message.
 */
@ControllerAdvice
class UploadLimitErrors {

    private final MessageSource messages;
    private final Diagnoses diagnoses;

    UploadLimitErrors(MessageSource messages, Diagnoses diagnoses) {
        this.messages = messages;
        this.diagnoses = diagnoses;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage(Diagnoses.PROBLEM_TOO_LARGE, null, locale));
            problem.setTitle(messages.getMessage("api.problem.too-large.title", null, locale));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        ModelAndView page = new ModelAndView(DiagnosisController.PASTE_VIEW, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("text", "");
        page.addObject("guideAnswers", "");
        page.addObject("fromGuide", false);
        page.addObject("problemKey", Diagnoses.PROBLEM_TOO_LARGE);
        page.addObject("maxMegabytes", diagnoses.maxBytes() / (1024 * 1024));
        return page;
    }
}
