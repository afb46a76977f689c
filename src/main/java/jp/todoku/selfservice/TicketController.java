package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.guide.Guide;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketDraft;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket form: opened pre-filled from the questionnaire (GET) or from a diagnosis (POST with the
 * paste), validated on submit, and after the commit the customer lands on the private status page.
 */
@Controller
class TicketController {

    private static final ZoneId CUSTOMER_ZONE = ZoneId.of("Asia/Tokyo");

    private final TicketForms forms;
    private final TicketIntake intake;
    private final Diagnoses diagnoses;
    private final RateLimiter limiter;
    private final Guide guide;
    private final SavedDiagnoses saved;

    TicketController(TicketForms forms, TicketIntake intake, Diagnoses diagnoses, RateLimiter limiter, Guide guide,
                     SavedDiagnoses saved) {
        this.forms = forms;
        this.intake = intake;
        this.diagnoses = diagnoses;
        this.limiter = limiter;
        this.guide = guide;
        this.saved = saved;
    }

    @GetMapping("/tickets/new")
    String newTicket(@RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers,
                     @RequestParam(name = "diagnosis", required = false) String savedId, Model model,
                     Locale locale) {
        // The mail channel's answer to a forwarded bounce links here: the form opens filled from that diagnosis.
        String pasted = savedId == null ? null : saved.find(savedId).map(SavedDiagnoses.Saved::text).orElse(null);
        return forms.draft(model, pasted, guideAnswers, locale);
    }

    @PostMapping("/tickets/draft")
    String draftFromDiagnosis(@RequestParam(name = "text", required = false) String text,
                              @RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers,
                              Model model, Locale locale) {
        return forms.draft(model, text, guideAnswers, locale);
    }

    @PostMapping("/tickets")
    String create(@Valid @ModelAttribute("ticketForm") TicketForm form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (form.getErrorText() != null && !form.getErrorText().isBlank()) {
            diagnoses.findProblem(form.getErrorText()).ifPresent(problem ->
                    errors.rejectValue("errorText", problem,
                            new Object[] {diagnoses.maxBytes() / (1024 * 1024)}, null));
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return forms.show(model, form);
        }
        limiter.acquire(RateLimiter.Action.TICKET, request);
        CreatedTicket ticket;
        try {
            ticket = commit(form);
        } catch (IllegalArgumentException refused) {
            // The tickets domain has the last word on a value the form let through; the form comes back intact.
            errors.reject("selfservice.ticket.error.generic");
            response.setStatus(400);
            return forms.show(model, form);
        }
        return "redirect:/status/" + ticket.reference() + "?token="
                + URLEncoder.encode(ticket.rawToken(), StandardCharsets.UTF_8) + "&created";
    }

    private CreatedTicket commit(TicketForm form) {
        TicketDraft draft = new TicketDraft(domainOf(form.getDomain()), form.getDirection(), form.getSince(),
                form.getSymptom(), form.getScope(),
                Optional.ofNullable(form.getSentAt()).map(at -> at.atZone(CUSTOMER_ZONE).toInstant()).orElse(null),
                form.getSender(), form.getRecipient(), null, form.getName(), form.getContact(), form.getComment(),
                CarriedAnswers.accepted(form.getGuideAnswers(), guide), null, null, null);
        return intake.open(draft, form.getErrorText(), form.getHeaderText());
    }

    /** The form accepts an address where a domain is asked (the questionnaire does too). */
    static String domainOf(String typed) {
        String value = typed.strip();
        int at = value.lastIndexOf('@');
        value = at >= 0 ? value.substring(at + 1) : value;
        return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }
}
