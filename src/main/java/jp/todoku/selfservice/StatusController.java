package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.todoku.tickets.TicketClosedException;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The private status page behind the link the customer got: no account, the token is the key. A wrong
 * reference and a wrong token look the same (not found).
 */
@Controller
class StatusController {

    static final String STATUS_VIEW = "selfservice/status";
    static final String NOT_FOUND_VIEW = "selfservice/status-not-found";
    static final int REPLY_LIMIT = 20_000;

    private final TicketService tickets;
    private final RateLimiter limiter;

    private final jp.todoku.system.PublicUrl publicUrl;

    StatusController(TicketService tickets, RateLimiter limiter, jp.todoku.system.PublicUrl publicUrl) {
        this.tickets = tickets;
        this.limiter = limiter;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/status/{reference}")
    String status(@PathVariable String reference, @RequestParam(name = "token", required = false) String token,
                  @RequestParam(name = "created", required = false) String created,
                  @RequestParam(name = "replied", required = false) String replied,
                  Model model, HttpServletResponse response) {
        Optional<TicketView> ticket = tickets.findForCustomer(reference, token);
        if (ticket.isEmpty()) {
            response.setStatus(404);
            return NOT_FOUND_VIEW;
        }
        return show(model, ticket.get(), token, created != null, replied != null, null, "");
    }

    @PostMapping("/status/{reference}/replies")
    String reply(@PathVariable String reference, @RequestParam(name = "token", required = false) String token,
                 @RequestParam(name = "text", required = false) String text, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        Optional<TicketView> ticket = tickets.findForCustomer(reference, token);
        if (ticket.isEmpty()) {
            response.setStatus(404);
            return NOT_FOUND_VIEW;
        }
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty() || reply.length() > REPLY_LIMIT) {
            response.setStatus(400);
            return show(model, ticket.get(), token, false, false,
                    reply.isEmpty() ? "selfservice.status.reply.empty" : "selfservice.status.reply.long", text);
        }
        limiter.acquire(RateLimiter.Action.TICKET, request);
        try {
            tickets.addCustomerReply(reference, token, reply);
        } catch (TicketClosedException closed) {
            response.setStatus(409);
            return show(model, ticket.get(), token, false, false, "tickets.closed", text);
        }
        return "redirect:/status/" + reference + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&replied#replies";
    }

    private String show(Model model, TicketView ticket, String token, boolean created, boolean replied,
                        String problemKey, String reply) {
        model.addAttribute("ticket", ticket);
        model.addAttribute("times", new CustomerTime());
        model.addAttribute("token", token);
        model.addAttribute("created", created);
        model.addAttribute("replied", replied);
        model.addAttribute("problemKey", problemKey);
        model.addAttribute("reply", reply);
        // From the configured public address, never from the request's Host (see PublicUrl).
        model.addAttribute("statusLink", publicUrl.link(org.springframework.web.util.UriComponentsBuilder
                .fromPath("/status/{reference}").queryParam("token", token).buildAndExpand(ticket.reference())
                .encode().toUriString()));
        return STATUS_VIEW;
    }
}
