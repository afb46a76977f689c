package jp.todoku.staff;

import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;
import jp.todoku.diagnosis.Reason;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The ticket queue: filters, counts per status, sorting and paging, all from GET parameters. */
@Controller
class QueueController {

    static final String VIEW = "staff/queue";
    /** Suggestions for the reason filter: the engine's reason codes, as stored on tickets. */
    private static final List<String> REASON_CODES = Stream.of(Reason.values()).map(Reason::code).sorted().toList();

    private final TicketService tickets;
    private final StaffDirectory directory;

    QueueController(TicketService tickets, StaffDirectory directory) {
        this.tickets = tickets;
        this.directory = directory;
    }

    @GetMapping({"/staff", "/staff/tickets"})
    String queue(@ModelAttribute("filter") QueueFilter filter, Principal principal, Model model) {
        var query = filter.toQuery(principal.getName());
        // Counts for the tabs ignore the status filter itself, so every tab shows what it would hold;
        // one count serves the tabs and the total, capped where an exact number would cost a scan.
        var queue = tickets.queueWithCounts(query, filter.pageable());
        model.addAttribute("tickets", queue.page());
        model.addAttribute("counts", queue.counts().byStatus());
        model.addAttribute("total", queue.total().toString());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("assignees", directory.usernames());
        model.addAttribute("reasonCodes", REASON_CODES);
        return VIEW;
    }
}
