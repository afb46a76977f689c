package jp.todoku.guide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The customer's answers so far: question id to value, immutable. Pages carry them as a flat map in
 * hidden fields or query parameters ({@link #toMap()} / {@link #of(Map)}), so the questionnaire works
 * without JavaScript and the browser's back and forward buttons keep them.
 */
public final class Answers {

    /** Bounds for untrusted input: more or longer entries than this are dropped, not trusted. */
    static final int MAX_ENTRIES = 64;
    static final int MAX_VALUE_LENGTH = 300;

    private static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
    private static final Answers EMPTY = new Answers(new LinkedHashMap<>());

    private final Map<String, String> values;

    private Answers(LinkedHashMap<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Answers empty() {
        return EMPTY;
    }

    /**
     * Reads answers from request parameters or any flat map. Never throws: keys that cannot be question
     * ids, blank values and overlong values are left out; values are trimmed.
     */
    public static Answers of(Map<String, String> flat) {
        if (flat == null || flat.isEmpty()) {
            return EMPTY;
        }
        LinkedHashMap<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : flat.entrySet()) {
            if (kept.size() >= MAX_ENTRIES) {
                break;
            }
            String key = entry.getKey();
            String value = entry.getValue();
            if (key == null || value == null || !QUESTION_ID.matcher(key).matches()) {
                continue;
            }
            String trimmed = value.strip();
            if (!trimmed.isEmpty() && trimmed.length() <= MAX_VALUE_LENGTH) {
                kept.put(key, trimmed);
            }
        }
        return new Answers(kept);
    }

    public Optional<String> find(String questionId) {
        return Optional.ofNullable(values.get(questionId));
    }

    public boolean has(String questionId) {
        return values.containsKey(questionId);
    }

    /** A copy with this answer set (a blank value removes it). */
    public Answers with(String questionId, String value) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(values);
        copy.remove(questionId);
        copy.put(questionId, value);
        return of(copy);
    }

    public Answers without(String questionId) {
        if (!values.containsKey(questionId)) {
            return this;
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(values);
        copy.remove(questionId);
        return new Answers(copy);
    }

    /** The flat form for hidden fields and query parameters, in the order the answers were given. */
    public Map<String, String> toMap() {
        return values;
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && values.equals(answers.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values;
    }
}
