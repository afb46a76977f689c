package jp.todoku.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import jp.todoku.guide.Answers;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.guide.TicketFields;

/**
 * What a new ticket is opened with: the customer's answers (the fields seed 002 asks for), and the
 * diagnosis made from the paste, as a JSON snapshot produced by the caller plus the values the queue
 * filters on. Blank optional values become null; required ones and over-long ones are refused.
 */
public record TicketDraft(String domain, Direction direction, LocalDate since, Symptom symptom, Scope scope,
                          Instant sentAt, String sender, String recipient, String errorText,
                          String name, String contact, String comment, Map<String, String> guideAnswers,
                          String diagnosisJson, String primaryReason, String receivingProvider) {

    public TicketDraft {
        domain = TicketLimits.require(domain, "domain", TicketLimits.DOMAIN).toLowerCase(Locale.ROOT);
        if (direction == null || symptom == null || scope == null) {
            throw new IllegalArgumentException("direction, symptom and scope are required");
        }
        sender = TicketLimits.optional(sender, "sender", TicketLimits.ADDRESS);
        recipient = TicketLimits.optional(recipient, "recipient", TicketLimits.ADDRESS);
        errorText = TicketLimits.optional(errorText, "errorText", TicketLimits.ERROR_TEXT);
        name = TicketLimits.optional(name, "name", TicketLimits.NAME);
        contact = TicketLimits.require(contact, "contact", TicketLimits.ADDRESS);
        comment = TicketLimits.optional(comment, "comment", TicketLimits.COMMENT);
        guideAnswers = GuideAnswers.check(guideAnswers);
        diagnosisJson = TicketLimits.optional(diagnosisJson, "diagnosisJson", TicketLimits.DIAGNOSIS_JSON);
        primaryReason = TicketLimits.optional(primaryReason, "primaryReason", TicketLimits.REASON);
        receivingProvider = TicketLimits.optional(receivingProvider, "receivingProvider", TicketLimits.PROVIDER);
    }

    /** The five questionnaire answers plus how to reach the customer; everything else empty. */
    public static TicketDraft of(String domain, Direction direction, LocalDate since, Symptom symptom, Scope scope,
                                 String contact) {
        return new TicketDraft(domain, direction, since, symptom, scope, null, null, null, null, null, contact, null,
                Map.of(), null, null, null);
    }

    /** A draft pre-filled from the questionnaire: its five ticket fields and all its answers. */
    public static TicketDraft fromGuide(TicketFields fields, Answers answers, String contact) {
        return of(fields.domain(), fields.direction(), fields.since(), fields.symptom(), fields.scope(), contact)
                .withGuideAnswers(answers == null ? Map.of() : answers.toMap());
    }

    public TicketDraft withGuideAnswers(Map<String, String> answers) {
        return new TicketDraft(domain, direction, since, symptom, scope, sentAt, sender, recipient, errorText, name,
                contact, comment, answers, diagnosisJson, primaryReason, receivingProvider);
    }

    public TicketDraft withMessage(Instant sentAt, String sender, String recipient, String errorText) {
        return new TicketDraft(domain, direction, since, symptom, scope, sentAt, sender, recipient, errorText, name,
                contact, comment, guideAnswers, diagnosisJson, primaryReason, receivingProvider);
    }

    public TicketDraft withCustomer(String name, String comment) {
        return new TicketDraft(domain, direction, since, symptom, scope, sentAt, sender, recipient, errorText, name,
                contact, comment, guideAnswers, diagnosisJson, primaryReason, receivingProvider);
    }

    public TicketDraft withDiagnosis(String diagnosisJson, String primaryReason, String receivingProvider) {
        return new TicketDraft(domain, direction, since, symptom, scope, sentAt, sender, recipient, errorText, name,
                contact, comment, guideAnswers, diagnosisJson, primaryReason, receivingProvider);
    }
}
