package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import jp.todoku.dnscheck.CheckId;
import jp.todoku.dnscheck.CheckReport;
import jp.todoku.dnscheck.DnsChecks;
import jp.todoku.dnscheck.DomainName;
import jp.todoku.dnscheck.IpAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The DNS check page: a form of its own (GET, so a link can carry a domain) and the target of the result
 * page's check buttons (POST with CSRF, carrying only the domain, never the paste). Each check asks DNS
 * many questions, so it is rate-limited per client address; invalid input is refused before that.
 */
@Controller
class DnsCheckController {

    static final String VIEW = "selfservice/dns";
    private static final int MAX_TYPED = 300;

    private final DnsChecks checks;
    private final RateLimiter limiter;

    DnsCheckController(DnsChecks checks, RateLimiter limiter) {
        this.checks = checks;
        this.limiter = limiter;
    }

    @GetMapping("/dns")
    String page(@RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "domain", required = false) String domain,
                @RequestParam(name = "selector", required = false) String selector,
                @RequestParam(name = "address", required = false) String address,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        if (domain == null && address == null) {
            model.addAttribute("page", DnsCheckPage.form(DnsCheckPage.Kind.find(kind), "", "", "", null));
            return VIEW;
        }
        return check(kind, domain, selector, address, request, response, model);
    }

    @PostMapping("/dns")
    String check(@RequestParam(name = "kind", required = false) String kind,
                 @RequestParam(name = "domain", required = false) String domain,
                 @RequestParam(name = "selector", required = false) String selector,
                 @RequestParam(name = "address", required = false) String address,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        DnsCheckPage.Kind chosen = DnsCheckPage.Kind.find(kind);
        String typed = cut(domain);
        String typedSelector = cut(selector);
        String typedAddress = cut(address);
        Optional<String> problem = findProblem(chosen, typed, typedAddress);
        if (problem.isPresent()) {
            response.setStatus(400);
            model.addAttribute("page", DnsCheckPage.form(chosen, typed, typedSelector, typedAddress, problem.get()));
            return VIEW;
        }
        limiter.acquire(RateLimiter.Action.DNS, request);
        CheckReport report = switch (chosen) {
            case SENDER -> checks.checkSenderDomain(typed, Optional.of(typedSelector));
            case SERVER -> checks.checkSendingServer(typedAddress);
            case RECIPIENT -> checks.checkRecipientDomain(typed);
        };
        if (!report.results(CheckId.INPUT).isEmpty()) {
            // The engine refused part of the input (a DKIM selector it cannot read): its message says which.
            response.setStatus(400);
        }
        model.addAttribute("page", DnsCheckPage.of(chosen, typed, typedSelector, typedAddress, report));
        return VIEW;
    }

    private static Optional<String> findProblem(DnsCheckPage.Kind kind, String domain, String address) {
        if (kind == DnsCheckPage.Kind.SERVER) {
            return address.isBlank() ? Optional.of("selfservice.dns.problem.emptyAddress")
                    : IpAddress.find(address).isEmpty() ? Optional.of("selfservice.dns.problem.address") : Optional.empty();
        }
        return domain.isBlank() ? Optional.of("selfservice.dns.problem.empty")
                : DomainName.find(domain).isEmpty() ? Optional.of("selfservice.dns.problem.domain") : Optional.empty();
    }

    /** What comes back into the form: what was typed, within reason (a 2 MB "domain" is not kept). */
    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() > MAX_TYPED ? stripped.substring(0, MAX_TYPED) : stripped;
    }
}
