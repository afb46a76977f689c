package jp.todoku.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the sign-in form; Spring Security itself handles the POST. */
@Controller
class StaffLoginController {

    static final String VIEW = "staff/login";

    @GetMapping("/staff/login")
    String login() {
        return VIEW;
    }
}
