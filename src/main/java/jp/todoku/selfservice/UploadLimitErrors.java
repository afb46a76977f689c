package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
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
    private final int maxMegabytes;

    // Only the message source and a property: controller slices (@WebMvcTest) load this advice too.
    UploadLimitErrors(MessageSource messages, @Value("${todoku.diagnosis.max-paste-bytes:2097152}") int maxPasteBytes) {
        this.messages = messages;
        this.maxMegabytes = maxPasteBytes / (1024 * 1024);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage(Diagnoses.PROBLEM_TOO_LARGE, new Object[] {maxMegabytes}, locale));
            problem.setTitle(messages.getMessage("api.problem.too-large.title", null, locale));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        ModelAndView page = new ModelAndView(DiagnosisController.PASTE_VIEW, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("text", "");
        page.addObject("guideAnswers", "");
        page.addObject("fromGuide", false);
        page.addObject("problemKey", Diagnoses.PROBLEM_TOO_LARGE);
        page.addObject("maxMegabytes", maxMegabytes);
        return page;
    }
}
