package jp.todoku.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The question graph and the finding rules, loaded from data and checked when loaded
 * ({@link QuestionnaireCheck}); immutable afterwards.
 */
public final class Questionnaire {

    /** The five questions every path asks, as seed 002 lists them for support. */
    public static final String DIRECTION = "direction";
    public static final String DOMAIN = "domain";
    public static final String SINCE = "since";
    public static final String SCOPE = "scope";
    public static final String SYMPTOM = "symptom";

    static final String BUNDLED = "/guide/questionnaire.txt";

    private final String start;
    private final Map<String, Question> questions;
    private final List<FindingRule> findingRules;

    Questionnaire(String start, List<Question> questions, List<FindingRule> findingRules) {
        LinkedHashMap<String, Question> byId = new LinkedHashMap<>();
        for (Question question : questions) {
            if (byId.putIfAbsent(question.id(), question) != null) {
                throw new IllegalStateException("questionnaire: question '" + question.id() + "' is defined twice");
            }
        }
        this.start = start;
        this.questions = Collections.unmodifiableMap(byId);
        this.findingRules = List.copyOf(findingRules);
        QuestionnaireCheck.requireValid(this);
    }

    /** The questionnaire shipped in the jar. Throws when the data file is broken: a build error, not a user error. */
    public static Questionnaire bundled() {
        InputStream stream = Questionnaire.class.getResourceAsStream(BUNDLED);
        if (stream == null) {
            throw new IllegalStateException("questionnaire data missing from the classpath: " + BUNDLED);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a questionnaire in the data format described at the top of the bundled file. */
    public static Questionnaire read(Reader reader) throws IOException {
        return new QuestionnaireReader().read(reader);
    }

    public String start() {
        return start;
    }

    public Optional<Question> findQuestion(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Collection<Question> questions() {
        return questions.values();
    }

    public List<FindingRule> findingRules() {
        return findingRules;
    }

    /** Request parameters reduced to answers of known questions; anything else (CSRF token, language) is left out. */
    public Answers answersFrom(Map<String, String> parameters) {
        if (parameters == null) {
            return Answers.empty();
        }
        LinkedHashMap<String, String> known = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (key != null && questions.containsKey(key)) {
                known.put(key, value);
            }
        });
        return Answers.of(known);
    }

    /** Every message key the questionnaire and its findings use, for the pages and the language-file test. */
    public Set<String> messageKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Question question : questions.values()) {
            keys.add(question.labelKey());
            keys.add(question.helpKey());
            question.options().forEach(option -> keys.add(option.labelKey()));
        }
        for (FindingRule rule : findingRules) {
            Finding finding = rule.finding();
            keys.add(finding.titleKey());
            keys.add(finding.explanationKey());
            keys.addAll(finding.stepKeys());
        }
        keys.addAll(AnswerCheck.PROBLEM_KEYS);
        return keys;
    }

    /** Every finding the questionnaire can give. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        findingRules.forEach(rule -> findings.add(rule.finding()));
        return findings;
    }
}
