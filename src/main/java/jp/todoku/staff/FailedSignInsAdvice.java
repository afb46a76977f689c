package jp.todoku.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands the console's first pages (the queue, the dashboard) the failed sign-ins a staff member has not been
 * told about yet, as {@code failedSignIns}, and forgets them: the notice is shown once. Reads only the session,
 * so controller slices need no bean for it.
 */
@ControllerAdvice(assignableTypes = {QueueController.class, DashboardController.class})
class FailedSignInsAdvice {

    @ModelAttribute("failedSignIns")
    FailedSignIns failedSignIns(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(FailedSignIns.SESSION_ATTRIBUTE) instanceof FailedSignIns failed)) {
            return null;
        }
        session.removeAttribute(FailedSignIns.SESSION_ATTRIBUTE);
        return failed;
    }
}
