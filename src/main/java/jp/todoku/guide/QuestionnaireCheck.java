package jp.todoku.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a questionnaire passes before anyone can use it, so a typo in the data file fails the
 * build's tests instead of stranding a customer halfway: every target exists, every answer leads
 * somewhere, no loops, nothing unreachable, conditions name real questions and offered values, and the
 * five ticket questions are asked on every path with the values the ticket vocabularies expect.
 */
final class QuestionnaireCheck {

    private final Questionnaire questionnaire;
    private final List<String> problems = new ArrayList<>();

    private QuestionnaireCheck(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    static void requireValid(Questionnaire questionnaire) {
        QuestionnaireCheck check = new QuestionnaireCheck(questionnaire);
        check.run();
        if (!check.problems.isEmpty()) {
            throw new IllegalStateException("questionnaire is invalid: " + String.join("; ", check.problems));
        }
    }

    private void run() {
        if (questionnaire.findQuestion(questionnaire.start()).isEmpty()) {
            problems.add("start question '" + questionnaire.start() + "' does not exist");
            return;
        }
        for (Question question : questionnaire.questions()) {
            checkQuestion(question);
        }
        checkFindings();
        if (!problems.isEmpty()) {
            return;
        }
        checkNoLoops();
        checkAllReachable();
        checkTicketQuestions();
    }

    private void checkQuestion(Question question) {
        if (NextRule.END.equals(question.id())) {
            problems.add("'end' cannot be a question id");
        }
        Set<String> unconditionalValues = new HashSet<>();
        Set<String> seenValues = new HashSet<>();
        boolean everyOptionLeads = question.kind() == QuestionKind.CHOICE;
        for (Option option : question.options()) {
            option.next().ifPresent(target -> checkTarget(question, target));
            checkCondition(question.id(), option.shownWhen());
            everyOptionLeads &= option.next().isPresent();
            boolean duplicate = !seenValues.add(option.value());
            if ((duplicate || unconditionalValues.contains(option.value())) && option.shownWhen().isAlways()) {
                problems.add(question.id() + ": option " + option.value() + " appears twice without conditions");
            }
            if (option.shownWhen().isAlways()) {
                unconditionalValues.add(option.value());
            }
        }
        for (NextRule rule : question.nextRules()) {
            checkTarget(question, rule.target());
            checkCondition(question.id(), rule.when());
        }
        boolean endsWithDefault = !question.nextRules().isEmpty()
                && question.nextRules().get(question.nextRules().size() - 1).when().isAlways();
        if (!everyOptionLeads && !endsWithDefault) {
            problems.add(question.id() + ": some answer leads nowhere (add an unconditional 'next' last)");
        }
    }

    private void checkTarget(Question from, String target) {
        if (!NextRule.END.equals(target) && questionnaire.findQuestion(target).isEmpty()) {
            problems.add(from.id() + ": leads to unknown question '" + target + "'");
        }
    }

    private void checkCondition(String where, Condition condition) {
        for (Requirement requirement : condition.requirements()) {
            Question asked = questionnaire.findQuestion(requirement.questionId()).orElse(null);
            if (asked == null) {
                problems.add(where + ": condition on unknown question '" + requirement.questionId() + "'");
            } else if (asked.kind() != QuestionKind.CHOICE) {
                problems.add(where + ": conditions may only test choice questions, not '" + asked.id() + "'");
            } else {
                Set<String> offered = new HashSet<>();
                asked.options().forEach(option -> offered.add(option.value()));
                for (String value : requirement.values()) {
                    if (!offered.contains(value)) {
                        problems.add(where + ": '" + asked.id() + "' never offers " + value);
                    }
                }
            }
        }
    }

    private void checkFindings() {
        Set<String> ids = new HashSet<>();
        for (FindingRule rule : questionnaire.findingRules()) {
            String id = rule.finding().id();
            if (!ids.add(id)) {
                problems.add("finding '" + id + "' is defined twice");
            }
            rule.alternatives().forEach(condition -> checkCondition("finding " + id, condition));
        }
    }

    private void checkNoLoops() {
        Map<String, Integer> state = new HashMap<>();
        for (Question question : questionnaire.questions()) {
            if (visitForLoops(question.id(), state, new ArrayList<>())) {
                return;
            }
        }
    }

    // state: absent = unvisited, 1 = on the current walk, 2 = finished
    private boolean visitForLoops(String id, Map<String, Integer> state, List<String> walk) {
        Integer seen = state.get(id);
        if (seen != null) {
            if (seen == 1) {
                walk.add(id);
                problems.add("loop: " + String.join(" -> ", walk));
                return true;
            }
            return false;
        }
        state.put(id, 1);
        walk.add(id);
        for (String target : targets(id)) {
            if (!NextRule.END.equals(target) && visitForLoops(target, state, walk)) {
                return true;
            }
        }
        walk.remove(walk.size() - 1);
        state.put(id, 2);
        return false;
    }

    private void checkAllReachable() {
        Set<String> reached = reachableFrom(questionnaire.start(), null);
        for (Question question : questionnaire.questions()) {
            if (!reached.contains(question.id())) {
                problems.add("question '" + question.id() + "' can never be reached");
            }
        }
    }

    private void checkTicketQuestions() {
        requireKind(Questionnaire.DIRECTION, QuestionKind.CHOICE, enumNames(Direction.values()));
        requireKind(Questionnaire.SCOPE, QuestionKind.CHOICE, enumNames(Scope.values()));
        requireKind(Questionnaire.SYMPTOM, QuestionKind.CHOICE, enumNames(Symptom.values()));
        requireKind(Questionnaire.DOMAIN, QuestionKind.TEXT, null);
        requireKind(Questionnaire.SINCE, QuestionKind.DATE, null);
        questionnaire.findQuestion(Questionnaire.DOMAIN).filter(domain -> domain.format() != TextFormat.DOMAIN)
                .ifPresent(domain -> problems.add("question 'domain' must have format=domain"));
        for (String id : List.of(Questionnaire.DIRECTION, Questionnaire.DOMAIN, Questionnaire.SINCE,
                Questionnaire.SCOPE, Questionnaire.SYMPTOM)) {
            // Remove the question: if the end is still reachable, some path skips it.
            if (questionnaire.findQuestion(id).isPresent() && reachableFrom(questionnaire.start(), id).contains(NextRule.END)) {
                problems.add("question '" + id + "' is needed for the ticket but some path skips it");
            }
        }
    }

    private void requireKind(String id, QuestionKind kind, Set<String> values) {
        Question question = questionnaire.findQuestion(id).orElse(null);
        if (question == null) {
            problems.add("question '" + id + "' is needed for the ticket but missing");
            return;
        }
        if (question.kind() != kind) {
            problems.add("question '" + id + "' must be " + kind);
        }
        if (values != null) {
            Set<String> offered = new LinkedHashSet<>();
            question.options().forEach(option -> offered.add(option.value()));
            if (!offered.equals(values)) {
                problems.add("question '" + id + "' must offer exactly " + values + " but offers " + offered);
            }
        }
    }

    private Set<String> reachableFrom(String start, String removed) {
        Set<String> reached = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(start));
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (id.equals(removed) || !reached.add(id)) {
                continue;
            }
            if (!NextRule.END.equals(id)) {
                pending.addAll(targets(id));
            }
        }
        return reached;
    }

    private List<String> targets(String id) {
        List<String> targets = new ArrayList<>();
        questionnaire.findQuestion(id).ifPresent(question -> {
            question.options().forEach(option -> option.next().ifPresent(targets::add));
            boolean everyOptionLeads = question.kind() == QuestionKind.CHOICE
                    && question.options().stream().allMatch(option -> option.next().isPresent());
            if (!everyOptionLeads) {
                question.nextRules().forEach(rule -> targets.add(rule.target()));
            }
        });
        return targets;
    }

    private static Set<String> enumNames(Enum<?>[] constants) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(constants).forEach(constant -> names.add(constant.name()));
        return names;
    }
}
