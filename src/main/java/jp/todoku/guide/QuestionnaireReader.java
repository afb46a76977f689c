package jp.todoku.guide;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the line format of {@code guide/questionnaire.txt} (described at the top of that file).
 * A malformed line fails the load with its line number; the graph itself is checked afterwards.
 */
final class QuestionnaireReader {

    private static final int MAX_LINES = 5_000;

    private String start;
    private final List<Question> questions = new ArrayList<>();
    private final List<FindingRule> rules = new ArrayList<>();

    // The block being read: a question or a finding, finished when the next one starts.
    private QuestionDraft question;
    private FindingDraft finding;
    private int lineNumber;

    Questionnaire read(Reader source) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (lineNumber > MAX_LINES) {
                throw failure("file is longer than " + MAX_LINES + " lines");
            }
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                readStatement(text);
            }
        }
        finishBlock();
        if (start == null) {
            throw new IllegalStateException("questionnaire: no 'start' line");
        }
        return new Questionnaire(start, questions, rules);
    }

    private void readStatement(String text) {
        String[] words = text.split("\\s+");
        switch (words[0]) {
            case "start" -> {
                expectWords(words, 2, 2);
                start = words[1];
            }
            case "question" -> startQuestion(words);
            case "option" -> requireQuestion().options.add(readOption(words));
            case "next" -> requireQuestion().nextRules.add(readNextRule(words));
            case "finding" -> startFinding(words);
            case "steps" -> {
                expectWords(words, 2, 2);
                requireFinding().steps = parseCount(words[1]);
            }
            case "when" -> requireFinding().alternatives.add(readCondition(words, 1, words.length));
            default -> throw failure("unknown statement '" + words[0] + "'");
        }
    }

    private void startQuestion(String[] words) {
        finishBlock();
        expectWords(words, 3, 4);
        QuestionKind kind = parseEnum(QuestionKind.class, words[2]);
        TextFormat format = TextFormat.PLAIN;
        if (words.length == 4) {
            format = parseEnum(TextFormat.class, attribute(words[3], "format"));
        }
        question = new QuestionDraft(words[1], kind, format);
    }

    private Option readOption(String[] words) {
        // option VALUE [when CONDITION] [-> TARGET]
        int arrow = Arrays.asList(words).indexOf("->");
        int conditionEnd = arrow < 0 ? words.length : arrow;
        Optional<String> next = Optional.empty();
        if (arrow >= 0) {
            if (arrow != words.length - 2) {
                throw failure("'->' must be followed by exactly one target");
            }
            next = Optional.of(words[arrow + 1]);
        }
        Condition shownWhen = Condition.ALWAYS;
        if (conditionEnd > 2) {
            if (!"when".equals(words[2])) {
                throw failure("expected 'when' or '->' after the option value");
            }
            shownWhen = readCondition(words, 3, conditionEnd);
        }
        if (words.length < 2 || conditionEnd < 2) {
            throw failure("an option needs a value");
        }
        return new Option(question.id, words[1], shownWhen, next);
    }

    private NextRule readNextRule(String[] words) {
        // next TARGET [when CONDITION]
        if (words.length == 2) {
            return new NextRule(words[1], Condition.ALWAYS);
        }
        if (words.length < 4 || !"when".equals(words[2])) {
            throw failure("expected 'next TARGET' or 'next TARGET when CONDITION'");
        }
        return new NextRule(words[1], readCondition(words, 3, words.length));
    }

    private Condition readCondition(String[] words, int from, int to) {
        // q=A|B and q2=C ...
        List<Requirement> requirements = new ArrayList<>();
        boolean expectRequirement = true;
        for (int index = from; index < to; index++) {
            String word = words[index];
            if (expectRequirement) {
                int equals = word.indexOf('=');
                if (equals <= 0 || equals == word.length() - 1) {
                    throw failure("expected QUESTION=VALUE[|VALUE], found '" + word + "'");
                }
                List<String> values = Arrays.asList(word.substring(equals + 1).split("\\|"));
                if (values.contains("")) {
                    throw failure("empty value in '" + word + "'");
                }
                requirements.add(new Requirement(word.substring(0, equals), new LinkedHashSet<>(values)));
            } else if (!"and".equals(word)) {
                throw failure("expected 'and', found '" + word + "'");
            }
            expectRequirement = !expectRequirement;
        }
        if (requirements.isEmpty() || expectRequirement) {
            throw failure("incomplete condition");
        }
        return new Condition(requirements);
    }

    private void startFinding(String[] words) {
        finishBlock();
        if (words.length < 3) {
            throw failure("a finding needs an id and a priority");
        }
        finding = new FindingDraft(words[1]);
        for (int index = 2; index < words.length; index++) {
            String word = words[index];
            if ("fallback".equals(word)) {
                finding.fallback = true;
            } else if (word.startsWith("priority=")) {
                finding.priority = parseEnum(Priority.class, attribute(word, "priority"));
            } else if (word.startsWith("kind=")) {
                finding.kind = parseEnum(FindingKind.class, attribute(word, "kind"));
            } else if (word.startsWith("knowledge=")) {
                finding.knowledgeId = Optional.of(attribute(word, "knowledge"));
            } else if (word.startsWith("ticket=")) {
                finding.suggestsTicket = parseYesNo(attribute(word, "ticket"));
            } else {
                throw failure("unknown finding attribute '" + word + "'");
            }
        }
        if (finding.priority == null) {
            throw failure("finding '" + finding.id + "' needs priority=high|medium|low");
        }
    }

    private void finishBlock() {
        try {
            if (question != null) {
                questions.add(new Question(question.id, question.kind, question.format, question.options, question.nextRules));
            }
            if (finding != null) {
                Finding done = new Finding(finding.id, finding.kind, finding.priority, finding.knowledgeId,
                        finding.suggestsTicket, finding.steps);
                rules.add(new FindingRule(done, finding.alternatives, finding.fallback));
            }
        } catch (IllegalArgumentException invalid) {
            throw failure(invalid.getMessage());
        }
        question = null;
        finding = null;
    }

    private QuestionDraft requireQuestion() {
        if (question == null) {
            throw failure("'option' and 'next' belong under a 'question' line");
        }
        return question;
    }

    private FindingDraft requireFinding() {
        if (finding == null) {
            throw failure("'steps' and 'when' belong under a 'finding' line");
        }
        return finding;
    }

    private String attribute(String word, String name) {
        if (!word.startsWith(name + "=") || word.length() == name.length() + 1) {
            throw failure("expected " + name + "=VALUE, found '" + word + "'");
        }
        return word.substring(name.length() + 1);
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String word) {
        try {
            return Enum.valueOf(type, word.replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw failure("unknown " + type.getSimpleName() + " '" + word + "'");
        }
    }

    private boolean parseYesNo(String word) {
        return switch (word) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw failure("expected yes or no, found '" + word + "'");
        };
    }

    private int parseCount(String word) {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException notNumber) {
            throw failure("expected a number, found '" + word + "'");
        }
    }

    private void expectWords(String[] words, int min, int max) {
        if (words.length < min || words.length > max) {
            throw failure("'" + words[0] + "' takes " + (min - 1) + (min == max ? "" : " to " + (max - 1)) + " words");
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException("questionnaire line " + lineNumber + ": " + message);
    }

    private static final class QuestionDraft {
        final String id;
        final QuestionKind kind;
        final TextFormat format;
        final List<Option> options = new ArrayList<>();
        final List<NextRule> nextRules = new ArrayList<>();

        QuestionDraft(String id, QuestionKind kind, TextFormat format) {
            this.id = id;
            this.kind = kind;
            this.format = format;
        }
    }

    private static final class FindingDraft {
        final String id;
        Priority priority;
        FindingKind kind = FindingKind.ADVICE;
        Optional<String> knowledgeId = Optional.empty();
        boolean suggestsTicket;
        boolean fallback;
        int steps;
        final List<Condition> alternatives = new ArrayList<>();

        FindingDraft(String id) {
            this.id = id;
        }
    }
}
