package jp.todoku.tickets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The questionnaire's answers as stored with a ticket: one {@code question=value} a line, in the order
 * given, so staff see the follow-ups (port, abroad, forwarding ...) without asking the customer again.
 */
final class GuideAnswers {

    static final int LIMIT = 4000;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
    private static final int VALUE_LIMIT = 300;

    private GuideAnswers() {
    }

    /** A checked, ordered, unmodifiable copy; refuses keys that are not question ids and values with line breaks. */
    static Map<String, String> check(Map<String, String> answers) {
        if (answers == null || answers.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches() || value == null || value.length() > VALUE_LIMIT
                    || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                // The key is untrusted input: keep it out of the message (messages may reach logs).
                throw new IllegalArgumentException("not a questionnaire answer (key or value malformed)");
            }
            copy.put(key, value);
        });
        if (format(copy).length() > LIMIT) {
            throw new IllegalArgumentException("questionnaire answers longer than " + LIMIT + " characters");
        }
        return Collections.unmodifiableMap(copy);
    }

    static String format(Map<String, String> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        answers.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> parse(String stored) {
        LinkedHashMap<String, String> answers = new LinkedHashMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    answers.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return answers;
    }
}
