package jp.todoku.staff;

import java.security.Principal;
import java.util.Locale;
import java.util.function.Supplier;
import jp.todoku.tickets.TicketConflictException;
import jp.todoku.tickets.TicketDetail;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * One ticket in the console: the customer's answers, the diagnosis, the paste and the history;
 * assignment, status, public replies and internal notes. Every change carries the version the page
 * showed; when someone else changed the ticket in between, the page comes back with the conflict
 * message, the current ticket and the text the staff member typed, and nothing is written.
 * (Named Staff... because self-service has a TicketController and bean names must be unique.)
 */
@Controller
class StaffTicketController {

    static final String VIEW = "staff/ticket";
    static final int TEXT_LIMIT = 20_000;

    private final TicketService tickets;
    private final CannedReplies canned;
    private final StaffDirectory directory;
    private final AuditLog audit;

    StaffTicketController(TicketService tickets, CannedReplies canned, StaffDirectory directory, AuditLog audit) {
        this.tickets = tickets;
        this.canned = canned;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/staff/tickets/{reference}")
    String show(@PathVariable String reference, @RequestParam(required = false) String canned, Locale locale,
                Model model) {
        TicketDetail ticket = require(reference);
        if (canned != null && !model.containsAttribute("replyText")) {
            this.canned.draft(canned, locale).ifPresent(draft -> model.addAttribute("replyText", draft));
        }
        return render(ticket, locale, model);
    }

    @PostMapping("/staff/tickets/{reference}/assign")
    ModelAndView assign(@PathVariable String reference, @RequestParam long version,
                  @RequestParam(required = false) String assignee, Principal principal, Locale locale, Model model,
                  RedirectAttributes redirect) {
        String target = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return change(reference, locale, model, redirect, "staff.ticket.assigned", () -> {
            TicketDetail changed = tickets.assign(reference, version, target, principal.getName());
            audit.record(principal.getName(), AuditAction.TICKET_ASSIGNED, reference, target);
            return changed;
        });
    }

    @PostMapping("/staff/tickets/{reference}/status")
    ModelAndView status(@PathVariable String reference, @RequestParam long version, @RequestParam TicketStatus status,
                  Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        return change(reference, locale, model, redirect, "staff.ticket.statusChanged", () -> {
            TicketDetail changed = tickets.changeStatus(reference, version, status, principal.getName());
            audit.record(principal.getName(), AuditAction.TICKET_STATUS_CHANGED, reference, status.name());
            return changed;
        });
    }

    @PostMapping("/staff/tickets/{reference}/reply")
    ModelAndView reply(@PathVariable String reference, @RequestParam long version,
                 @RequestParam(defaultValue = "") String text, Principal principal, Locale locale, Model model,
                 RedirectAttributes redirect) {
        model.addAttribute("replyText", text);
        if (invalid(text, model)) {
            return invalidText(reference, locale, model);
        }
        return change(reference, locale, model, redirect, "staff.ticket.replied", () -> {
            TicketDetail changed = tickets.addPublicReply(reference, version, text, principal.getName());
            audit.record(principal.getName(), AuditAction.TICKET_REPLIED, reference, null);
            return changed;
        });
    }

    @PostMapping("/staff/tickets/{reference}/note")
    ModelAndView note(@PathVariable String reference, @RequestParam long version,
                @RequestParam(defaultValue = "") String text, Principal principal, Locale locale, Model model,
                RedirectAttributes redirect) {
        model.addAttribute("noteText", text);
        if (invalid(text, model)) {
            return invalidText(reference, locale, model);
        }
        return change(reference, locale, model, redirect, "staff.ticket.noted", () -> {
            TicketDetail changed = tickets.addInternalNote(reference, version, text, principal.getName());
            audit.record(principal.getName(), AuditAction.TICKET_NOTED, reference, null);
            return changed;
        });
    }

    private ModelAndView change(String reference, Locale locale, Model model, RedirectAttributes redirect,
                                String doneKey, Supplier<TicketDetail> change) {
        require(reference);
        try {
            change.get();
        } catch (TicketConflictException concurrent) {
            model.addAttribute("conflict", TicketConflictException.MESSAGE_KEY);
            String view = render(require(reference), locale, model);
            return new ModelAndView(view, model.asMap(), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("notice", doneKey);
        return new ModelAndView("redirect:/staff/tickets/" + reference);
    }

    private ModelAndView invalidText(String reference, Locale locale, Model model) {
        String view = render(require(reference), locale, model);
        return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
    }

    private static boolean invalid(String text, Model model) {
        if (text.isBlank()) {
            model.addAttribute("error", "staff.ticket.textRequired");
            return true;
        }
        if (text.length() > TEXT_LIMIT) {
            model.addAttribute("error", "staff.ticket.textTooLong");
            return true;
        }
        return false;
    }

    private String render(TicketDetail ticket, Locale locale, Model model) {
        DiagnosisSnapshot snapshot = DiagnosisSnapshot.read(ticket.diagnosisJson());
        model.addAttribute("ticket", ticket);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("cannedReplies", canned.offered(snapshot, ticket.primaryReason(), locale));
        model.addAttribute("entryTitles", canned.titles(snapshot.entryIds(), locale));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("assignees", directory.usernames());
        return VIEW;
    }

    private TicketDetail require(String reference) {
        return tickets.findForStaff(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
