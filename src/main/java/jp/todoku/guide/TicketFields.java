package jp.todoku.guide;

import java.time.LocalDate;
import java.util.Optional;

/** The five answers support asks for first (seed 002), typed, ready to pre-fill a ticket. */
public record TicketFields(String domain, Direction direction, LocalDate since, Symptom symptom, Scope scope) {

    public TicketFields {
        if (domain == null || domain.isBlank() || direction == null || since == null || symptom == null || scope == null) {
            throw new IllegalArgumentException("every ticket field must be given");
        }
    }

    /** Reads the fields from accepted answers; empty when one is missing or malformed. */
    static Optional<TicketFields> find(Answers answers) {
        try {
            return Optional.of(new TicketFields(
                    answers.find(Questionnaire.DOMAIN).orElseThrow(),
                    Direction.valueOf(answers.find(Questionnaire.DIRECTION).orElseThrow()),
                    LocalDate.parse(answers.find(Questionnaire.SINCE).orElseThrow()),
                    Symptom.valueOf(answers.find(Questionnaire.SYMPTOM).orElseThrow()),
                    Scope.valueOf(answers.find(Questionnaire.SCOPE).orElseThrow())));
        } catch (RuntimeException missingOrMalformed) {
            return Optional.empty();
        }
    }
}
