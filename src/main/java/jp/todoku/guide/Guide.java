package jp.todoku.guide;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire's front door: given the answers so far, the next question or the outcome. It never
 * throws for what a customer sends: a missing or unacceptable answer makes it ask that question again.
 */
public final class Guide {

    /** "Since when" is a date in the customer's calendar; the customers are in Japan. */
    static final ZoneId CUSTOMER_ZONE = ZoneId.of("Asia/Tokyo");

    private final Questionnaire questionnaire;
    private final Clock clock;

    public Guide(Questionnaire questionnaire, Clock clock) {
        this.questionnaire = questionnaire;
        this.clock = clock;
    }

    /** The guide over the questionnaire shipped in the jar, on the system clock. */
    public static Guide withBundledQuestionnaire() {
        return new Guide(Questionnaire.bundled(), Clock.systemUTC());
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Today in the customers' calendar: the latest date a "since when" answer may name (for the date field's max). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CUSTOMER_ZONE));
    }

    /** Request parameters (or any flat map) to answers of known questions. */
    public Answers answersFrom(Map<String, String> parameters) {
        return questionnaire.answersFrom(parameters);
    }

    /** The first question not yet (validly) answered on the path the answers take, or the outcome. */
    public Step next(Answers answers) {
        return walk(answers == null ? Answers.empty() : answers, Optional.empty());
    }

    /**
     * Ask {@code questionId} again with its current answer pre-filled, keeping all other answers (the
     * "change" link of the summary). A question not on the current path gives {@link #next}.
     */
    public Step revisit(Answers answers, String questionId) {
        return walk(answers == null ? Answers.empty() : answers, Optional.ofNullable(questionId));
    }

    private Step walk(Answers answers, Optional<String> revisit) {
        LocalDate today = today();
        Answers accepted = Answers.empty();
        List<AnsweredQuestion> path = new ArrayList<>();
        String current = questionnaire.start();
        // The graph is checked to be loop-free at load; the bound is a second guard, never reached.
        for (int steps = 0; steps <= questionnaire.questions().size() && !NextRule.END.equals(current); steps++) {
            Question question = questionnaire.findQuestion(current).orElseThrow();
            Optional<String> raw = answers.find(question.id());
            if (raw.isEmpty() || revisit.filter(question.id()::equals).isPresent()) {
                return ask(question, raw, Optional.empty(), answers, accepted, path);
            }
            AnswerCheck.Result result = AnswerCheck.check(question, raw.get(), accepted, today);
            if (result.problem().isPresent()) {
                return ask(question, raw, result.problem(), answers, accepted, path);
            }
            String value = result.value().orElseThrow();
            accepted = accepted.with(question.id(), value);
            path.add(answered(question, value));
            current = question.findNext(value, accepted).orElse(NextRule.END);
        }
        return outcome(accepted, path);
    }

    private Ask ask(Question question, Optional<String> value, Optional<String> problem, Answers given,
                    Answers accepted, List<AnsweredQuestion> path) {
        // Carry every other answer, accepted ones in their normalised form, so nothing is lost going back.
        Answers carried = given.without(question.id());
        for (Map.Entry<String, String> entry : accepted.toMap().entrySet()) {
            carried = carried.with(entry.getKey(), entry.getValue());
        }
        return new Ask(question, question.optionsFor(accepted), value, problem, carried, path);
    }

    private Step outcome(Answers accepted, List<AnsweredQuestion> path) {
        Optional<TicketFields> fields = TicketFields.find(accepted);
        if (fields.isEmpty()) {
            // Unreachable with a checked questionnaire (the ticket questions lie on every path).
            Question first = questionnaire.findQuestion(questionnaire.start()).orElseThrow();
            return ask(first, Optional.empty(), Optional.empty(), accepted, Answers.empty(), List.of());
        }
        return new Outcome(findings(accepted), fields.get(), accepted, path);
    }

    /** The findings for accepted answers: every rule that applies, the fallback only when no advice applies. */
    List<Finding> findings(Answers accepted) {
        List<Finding> found = new ArrayList<>();
        for (FindingRule rule : questionnaire.findingRules()) {
            if (!rule.fallback() && rule.appliesTo(accepted)) {
                found.add(rule.finding());
            }
        }
        boolean anyAdvice = found.stream().anyMatch(finding -> finding.kind() == FindingKind.ADVICE);
        if (!anyAdvice) {
            questionnaire.findingRules().stream().filter(FindingRule::fallback).forEach(rule -> found.add(rule.finding()));
        }
        // Stable: within one priority the data file's order stands.
        found.sort(Comparator.comparing(Finding::priority));
        return found;
    }

    private static AnsweredQuestion answered(Question question, String value) {
        Optional<String> valueKey = question.kind() == QuestionKind.CHOICE
                ? Optional.of(new Option(question.id(), value, Condition.ALWAYS, Optional.empty()).labelKey())
                : Optional.empty();
        return new AnsweredQuestion(question.id(), value, question.labelKey(), valueKey);
    }
}
