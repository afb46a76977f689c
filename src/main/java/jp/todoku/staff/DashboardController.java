package jp.todoku.staff;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Trends across tickets: per day, by reason, provider and domain; the solved share; surge alerts. */
@Controller
class DashboardController {

    static final String VIEW = "staff/dashboard";
    private static final Set<Integer> RANGES = Set.of(7, 30, 90);

    private final Dashboard dashboard;
    private final MessageSource messages;

    DashboardController(Dashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/staff/dashboard")
    String show(@RequestParam(defaultValue = "30") String days, Locale locale, Model model) {
        int range = parse(days);
        model.addAttribute("dashboard", dashboard.view(range, messages.getMessage("staff.dashboard.unknown", null, locale)));
        model.addAttribute("ranges", RANGES.stream().sorted().toList());
        return VIEW;
    }

    private static int parse(String days) {
        try {
            int value = Integer.parseInt(days.strip());
            return RANGES.contains(value) ? value : 30;
        } catch (NumberFormatException malformed) {
            return 30;
        }
    }
}
