package jp.todoku.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.dnscheck.CheckId;
import jp.todoku.dnscheck.CheckReport;
import jp.todoku.dnscheck.DnsChecks;
import jp.todoku.dnscheck.DomainName;
import jp.todoku.dnscheck.IpAddress;
import jp.todoku.selfservice.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/dns-checks?domain=...&kind=recipient|sender[&selector=...]} or
 * {@code ?kind=server&address=...}: the checks of the /dns
 * page as JSON. Rate-limited like the page (each check asks DNS many questions); invalid input is a 400
 * problem detail and costs no token.
 */
@RestController
class DnsCheckApiController {

    private final DnsChecks checks;
    private final RateLimiter limiter;
    private final MessageSource messages;

    DnsCheckApiController(DnsChecks checks, RateLimiter limiter, MessageSource messages) {
        this.checks = checks;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/dns-checks", produces = MediaType.APPLICATION_JSON_VALUE)
    DnsCheckResponse check(@RequestParam(name = "domain", required = false) String domain,
                           @RequestParam(name = "kind", required = false) String kind,
                           @RequestParam(name = "selector", required = false) String selector,
                           @RequestParam(name = "address", required = false) String address,
                           HttpServletRequest request, Locale locale) {
        String chosen = kind == null || kind.isBlank() ? "recipient" : kind.strip();
        if (!chosen.equals("recipient") && !chosen.equals("sender") && !chosen.equals("server")) {
            throw invalid(locale, "kind", "api.error.value", "recipient, sender, server");
        }
        if (chosen.equals("server")) {
            if (address == null || address.isBlank()) {
                throw invalid(locale, "address", "api.error.required");
            }
            if (address.length() > 100 || IpAddress.find(address).isEmpty()) {
                throw invalid(locale, "address", "api.error.format");
            }
        } else if (domain == null || domain.isBlank()) {
            throw invalid(locale, "domain", "api.error.required");
        } else if (domain.length() > 300 || DomainName.find(domain).isEmpty()) {
            throw invalid(locale, "domain", "api.error.domain");
        }
        limiter.acquire(RateLimiter.Action.DNS, request);
        CheckReport report = switch (chosen) {
            case "sender" -> checks.checkSenderDomain(domain, Optional.ofNullable(selector));
            case "server" -> checks.checkSendingServer(address);
            default -> checks.checkRecipientDomain(domain);
        };
        if (!report.results(CheckId.INPUT).isEmpty()) {
            throw invalid(locale, "selector", "api.error.format");
        }
        return DnsCheckResponse.of(chosen, report, messages, locale);
    }

    private ApiProblem invalid(Locale locale, String field, String key, Object... arguments) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.invalid.title", "api.problem.invalid.field", field,
                messages.getMessage(key, arguments, locale));
    }
}
