package jp.todoku.selfservice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Todoku does and the two ways in. */
@Controller
class HomeController {

    static final String VIEW = "home";

    @GetMapping("/")
    String home() {
        return VIEW;
    }
}
