package jp.todoku.staff;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins, newest first, one page at a time. */
@Controller
class AuditController {

    static final String VIEW = "staff/audit";

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/staff/audit")
    String show(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, Math.min(page, 100_000));
        List<AuditEntry> entries = audit.page(current);
        boolean more = entries.size() > AuditLog.PAGE_SIZE;
        model.addAttribute("entries", more ? entries.subList(0, AuditLog.PAGE_SIZE) : entries);
        model.addAttribute("page", current);
        model.addAttribute("hasNext", more);
        return VIEW;
    }
}
