package jp.todoku.guide;

import java.util.List;
import java.util.Optional;

/**
 * One question of the graph: its id, how it is answered, the options of a choice question, and the
 * rules that choose the next question.
 */
public record Question(String id, QuestionKind kind, TextFormat format, List<Option> options, List<NextRule> nextRules) {

    public Question {
        if (id == null || id.isBlank() || kind == null || format == null) {
            throw new IllegalArgumentException("a question needs an id, a kind and a format");
        }
        options = List.copyOf(options);
        nextRules = List.copyOf(nextRules);
        if (kind == QuestionKind.CHOICE && options.isEmpty()) {
            throw new IllegalArgumentException("a choice question needs options: " + id);
        }
        if (kind != QuestionKind.CHOICE && !options.isEmpty()) {
            throw new IllegalArgumentException("only a choice question has options: " + id);
        }
    }

    public String labelKey() {
        return "guide.question." + id + ".label";
    }

    public String helpKey() {
        return "guide.question." + id + ".help";
    }

    /** The options to offer, given the answers already on the path. */
    public List<Option> optionsFor(Answers answers) {
        return options.stream().filter(option -> option.isShownFor(answers)).toList();
    }

    /** The option with this value among those offered, if any. */
    public Optional<Option> findOption(String value, Answers answers) {
        return options.stream()
                .filter(option -> option.value().equals(value) && option.isShownFor(answers))
                .findFirst();
    }

    /** Where this question leads after {@code value}; the answers include this question's own answer. */
    public Optional<String> findNext(String value, Answers answers) {
        if (kind == QuestionKind.CHOICE) {
            Optional<String> own = findOption(value, answers).flatMap(Option::next);
            if (own.isPresent()) {
                return own;
            }
        }
        return nextRules.stream().filter(rule -> rule.when().holdsFor(answers)).map(NextRule::target).findFirst();
    }
}
