package jp.todoku.selfservice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.guide.Answers;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Guide;
import jp.todoku.guide.Outcome;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.guide.TicketFields;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Pre-fills the ticket form with everything already known: the questionnaire's five answers, and from
 * the paste the addresses, the date and the error text itself. Whatever is unknown stays empty.
 */
@Component
class TicketForms {

    static final String FORM_VIEW = "selfservice/ticket-form";
    private static final ZoneId CUSTOMER_ZONE = ZoneId.of("Asia/Tokyo");

    private final Guide guide;
    private final Diagnoses diagnoses;

    TicketForms(Guide guide, Diagnoses diagnoses) {
        this.guide = guide;
        this.diagnoses = diagnoses;
    }

    /** Fills the model with a pre-filled form and returns the form view. */
    String draft(Model model, String pasted, String carried, Locale locale) {
        TicketForm form = new TicketForm();
        Answers answers = CarriedAnswers.decode(carried, guide);
        form.setGuideAnswers(CarriedAnswers.encode(answers));
        Optional<TicketFields> fields = guide.next(answers) instanceof Outcome outcome
                ? Optional.of(outcome.ticketFields()) : Optional.empty();
        fields.ifPresent(known -> {
            form.setDomain(known.domain());
            form.setDirection(known.direction());
            form.setSince(known.since());
            form.setSymptom(known.symptom());
            form.setScope(known.scope());
        });
        if (pasted != null && !pasted.isBlank() && diagnoses.findProblem(pasted).isEmpty()) {
            form.setErrorText(pasted);
            Diagnosis diagnosis = diagnoses.diagnose(pasted);
            diagnosis.failures().stream().findFirst().ifPresent(failure -> fillFromFailure(form, failure, fields.isPresent()));
        }
        return show(model, form);
    }

    String show(Model model, TicketForm form) {
        model.addAttribute("ticketForm", form);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("symptoms", Symptom.values());
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("today", LocalDate.now(CUSTOMER_ZONE));
        return FORM_VIEW;
    }

    /** From the header page: who wrote to whom and when, where the form does not know yet. */
    void fillFromHeaders(TicketForm form, jp.todoku.headers.HeaderAnalysis analysis) {
        if (form.getSender() == null || form.getSender().isBlank()) {
            form.setSender(address(analysis.summary().from()));
        }
        if (form.getRecipient() == null || form.getRecipient().isBlank()) {
            form.setRecipient(address(analysis.summary().to()));
        }
        if (form.getSentAt() == null && analysis.summary().sent() != null) {
            form.setSentAt(analysis.summary().sent().atZoneSameInstant(CUSTOMER_ZONE).toLocalDateTime()
                    .withSecond(0).withNano(0));
        }
    }

    /** "Taro <taro@example.jp>" gives taro@example.jp; anything without an address gives null. */
    private static String address(String field) {
        int open = field.lastIndexOf('<');
        int close = open < 0 ? -1 : field.indexOf('>', open);
        String candidate = close > open ? field.substring(open + 1, close) : field.strip();
        return candidate.indexOf('@') > 0 && candidate.indexOf(' ') < 0 && candidate.length() <= 320 ? candidate : null;
    }

    private static void fillFromFailure(TicketForm form, DeliveryFailure failure, boolean guided) {
        form.setRecipient(failure.recipient());
        form.setSender(failure.sender());
        if (!guided) {
            // A bounce comes back to the one who sent: sending trouble, and an error mail came back.
            form.setDirection(Direction.SEND);
            form.setSymptom(Symptom.ERROR_MAIL);
            Optional.ofNullable(failure.sender()).filter(sender -> sender.contains("@"))
                    .ifPresent(sender -> form.setDomain(sender.substring(sender.indexOf('@') + 1)));
            if (failure.date() != null) {
                form.setSince(failure.date().atZoneSameInstant(CUSTOMER_ZONE).toLocalDate());
            }
        }
        if (failure.date() != null) {
            form.setSentAt(failure.date().atZoneSameInstant(CUSTOMER_ZONE).toLocalDateTime().withSecond(0).withNano(0));
        }
    }
}
