package jp.todoku.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.selfservice.Diagnoses;
import jp.todoku.selfservice.RateLimiter;
import jp.todoku.selfservice.TicketIntake;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketDraft;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tickets over JSON: open one (the diagnosis is made from {@code errorText}) and read its status with
 * the status token. Opening needs no session and reading needs the token, so no cookie ever authorises
 * anything here (the reason the API may go without CSRF tokens).
 */
@RestController
class TicketApiController {

    static final String TOKEN_HEADER = "X-Status-Token";

    /** What {@code POST} answers: the reference, the private status page and the token for the GET. */
    record Created(String reference, String statusUrl, String statusToken) {
    }

    /** What {@code GET} answers: the ticket as the customer sees it. */
    record Status(String reference, String status, String domain, Direction direction, LocalDate since,
                  Symptom symptom, Scope scope, Instant createdAt, Instant updatedAt, List<Reply> replies) {
    }

    /** A public reply of support ({@code support}) or a reply of the customer ({@code customer}). */
    record Reply(String from, Instant at, String text) {
    }

    private final TicketIntake intake;
    private final TicketService tickets;
    private final Diagnoses diagnoses;
    private final RateLimiter limiter;
    private final jp.todoku.system.PublicUrl publicUrl;

    TicketApiController(TicketIntake intake, TicketService tickets, Diagnoses diagnoses, RateLimiter limiter,
                        jp.todoku.system.PublicUrl publicUrl) {
        this.intake = intake;
        this.tickets = tickets;
        this.diagnoses = diagnoses;
        this.limiter = limiter;
        this.publicUrl = publicUrl;
    }

    @PostMapping(path = "/api/v1/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> open(@Valid @RequestBody TicketRequest body, HttpServletRequest request) {
        if (body.errorText() != null && !body.errorText().isBlank()) {
            diagnoses.findProblem(body.errorText()).ifPresent(problem -> {
                throw new ApiProblem(problem.equals(Diagnoses.PROBLEM_TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE
                        : HttpStatus.BAD_REQUEST, "api.problem.invalid.title", problem, diagnoses.maxBytes() / (1024 * 1024));
            });
        }
        limiter.acquire(RateLimiter.Action.TICKET, request);
        TicketDraft draft = body.toDraft();
        CreatedTicket ticket = intake.open(draft, body.errorText());
        // Links from the configured public address only, never from the request's Host or X-Forwarded-*
        // headers (a forged Host would hand the customer a status link, token and all, to another site).
        // Without a public address the links are relative to the site the caller already talks to.
        String statusPage = publicUrl.link(UriComponentsBuilder.fromPath("/status/{reference}")
                .queryParam("token", ticket.rawToken()).buildAndExpand(ticket.reference()).encode().toUriString());
        String resource = publicUrl.link(UriComponentsBuilder.fromPath("/api/v1/tickets/{reference}")
                .buildAndExpand(ticket.reference()).encode().toUriString());
        return ResponseEntity.created(URI.create(resource)).body(new Created(ticket.reference(), statusPage,
                ticket.rawToken()));
    }

    @GetMapping(path = "/api/v1/tickets/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    Status status(@PathVariable String reference,
                  @RequestHeader(name = TOKEN_HEADER, required = false) String headerToken,
                  @RequestParam(name = "token", required = false) String queryToken) {
        String token = headerToken != null ? headerToken : queryToken;
        TicketView ticket = tickets.findForCustomer(reference, token).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "api.problem.not-found.title", "api.problem.not-found.detail"));
        return new Status(ticket.reference(), ticket.status().name(), ticket.domain(), ticket.direction(),
                ticket.since(), ticket.symptom(), ticket.scope(), ticket.createdAt(), ticket.updatedAt(),
                ticket.replies().stream().map(event -> new Reply(
                        event.kind().name().equals("CUSTOMER_REPLY") ? "customer" : "support", event.at(), event.text()))
                        .toList());
    }
}
