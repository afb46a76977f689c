package jp.todoku.staff;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every staff member changes their own password, with the current one as proof. */
@Controller
class PasswordController {

    static final String VIEW = "staff/password";

    private final StaffAccounts accounts;

    PasswordController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/staff/password")
    String form(Model model) {
        model.addAttribute("minimum", StaffAccounts.MIN_PASSWORD);
        return VIEW;
    }

    @PostMapping("/staff/password")
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String confirmation, Principal principal,
                  RedirectAttributes redirect) {
        AccountChange change = accounts.changeOwnPassword(principal.getName(), current, password, confirmation);
        redirect.addFlashAttribute(change.isDone() ? "notice" : "error",
                change.isDone() ? "staff.password.changed" : change.messageKey());
        return "redirect:/staff/password";
    }
}
