package jp.todoku.mail;

import java.security.Principal;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff console's mail page: is mail on, what waits, my own notices (opt-in), incoming mail kept
 * for staff, and contacts our mail cannot reach.
 */
@Controller
class MailConsoleController {

    static final String VIEW = "mail/console";
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>]{1,64}@[^\\s@<>]{1,255}");

    private final MailSwitch mail;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Contacts contacts;
    private final StaffSubscriptions subscriptions;

    MailConsoleController(MailSwitch mail, Outbox outbox, Inbox inbox, Contacts contacts, StaffSubscriptions subscriptions) {
        this.mail = mail;
        this.outbox = outbox;
        this.inbox = inbox;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/staff/mail")
    String console(Principal staff, Model model) {
        model.addAttribute("mailOn", mail.isOn());
        model.addAttribute("linksReady", mail.canMakeStatusLinks());
        model.addAttribute("reading", mail.isReading());
        model.addAttribute("waiting", outbox.countWaiting());
        model.addAttribute("subscription", subscriptions.find(staff.getName())
                .orElse(new StaffSubscriptions.Subscription(staff.getName(), "", false, false)));
        model.addAttribute("kept", inbox.kept().stream().map(entry -> new KeptMail(Times.format(entry.receivedAt()),
                entry.sender(), entry.subject(), entry.outcome().labelKey(), entry.detail(), entry.rawMessage())).toList());
        model.addAttribute("dead", contacts.allDead().stream()
                .map(dead -> new DeadLine(dead.address(), dead.reason(), dead.detail())).toList());
        return VIEW;
    }

    @PostMapping("/staff/mail/subscription")
    String subscribe(Principal staff, @RequestParam(name = "address", required = false) String address,
                     @RequestParam(name = "newTickets", defaultValue = "false") boolean newTickets,
                     @RequestParam(name = "customerReplies", defaultValue = "false") boolean customerReplies,
                     RedirectAttributes redirect) {
        String trimmed = address == null ? "" : address.strip();
        if (!ADDRESS.matcher(trimmed).matches() || trimmed.length() > 320) {
            redirect.addFlashAttribute("error", "mail.console.bad-address");
            return "redirect:/staff/mail";
        }
        subscriptions.save(new StaffSubscriptions.Subscription(staff.getName(), trimmed, newTickets, customerReplies));
        redirect.addFlashAttribute("notice", "mail.console.saved");
        return "redirect:/staff/mail";
    }

    @PostMapping("/staff/mail/contacts/revive")
    String revive(@RequestParam(name = "address") String address, RedirectAttributes redirect) {
        contacts.revive(address);
        redirect.addFlashAttribute("notice", "mail.console.revived");
        return "redirect:/staff/mail";
    }

    /** A kept incoming message as the page shows it. */
    public record KeptMail(String receivedAt, String sender, String subject, String outcomeKey, String detail, String raw) {
    }

    /** A dead contact as the page shows it. */
    public record DeadLine(String address, String reason, String detail) {
    }
}
