package jp.todoku.staff;

import java.security.Principal;
import jp.todoku.system.StaffRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage staff accounts: list, create, disable or enable, reset a password. */
@Controller
class AccountController {

    static final String VIEW = "staff/accounts";
    private static final String BACK = "redirect:/staff/accounts";

    private final StaffAccounts accounts;

    AccountController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/staff/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("minimum", StaffAccounts.MIN_PASSWORD);
        return VIEW;
    }

    @PostMapping("/staff/accounts")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam StaffRole role,
                  @RequestParam(defaultValue = "") String password, Principal principal,
                  RedirectAttributes redirect) {
        return done(accounts.create(username, role, password, principal.getName()), redirect);
    }

    @PostMapping("/staff/accounts/{username}/disable")
    String disable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
        return done(accounts.setEnabled(username, false, principal.getName()), redirect);
    }

    @PostMapping("/staff/accounts/{username}/enable")
    String enable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
        return done(accounts.setEnabled(username, true, principal.getName()), redirect);
    }

    @PostMapping("/staff/accounts/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
                         Principal principal, RedirectAttributes redirect) {
        return done(accounts.resetPassword(username, password, principal.getName()), redirect);
    }

    private static String done(AccountChange change, RedirectAttributes redirect) {
        redirect.addFlashAttribute(change.isDone() ? "notice" : "error", change.messageKey());
        return BACK;
    }
}
