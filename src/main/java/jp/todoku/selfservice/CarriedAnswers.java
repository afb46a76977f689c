package jp.todoku.selfservice;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.todoku.guide.Answers;
import jp.todoku.guide.Guide;

/**
 * The questionnaire's answers carried through the paste page, the result page and the ticket form in
 * one hidden field, as a query string ({@code direction=SEND&domain=example.co.jp...}), so no page needs
 * a session to remember them. Untrusted: read back through {@link Guide#answersFrom}.
 */
final class CarriedAnswers {

    static final String FIELD = "guideAnswers";
    private static final int MAX_LENGTH = 8_000;

    private CarriedAnswers() {
    }

    static String encode(Answers answers) {
        if (answers == null || answers.isEmpty()) {
            return "";
        }
        return answers.toMap().entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Only the answers the questionnaire accepted on the path they take, in their normalised form: what a
     * ticket may store (a hand-edited field cannot smuggle line breaks or unknown questions into it).
     */
    static Map<String, String> accepted(String carried, Guide guide) {
        Map<String, String> accepted = new LinkedHashMap<>();
        guide.next(decode(carried, guide)).path().forEach(answer -> accepted.put(answer.questionId(), answer.value()));
        return accepted;
    }

    static Answers decode(String carried, Guide guide) {
        if (carried == null || carried.isBlank() || carried.length() > MAX_LENGTH) {
            return Answers.empty();
        }
        Map<String, String> flat = new LinkedHashMap<>();
        for (String pair : carried.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    flat.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // a hand-edited field: leave that pair out
                }
            }
        }
        return guide.answersFrom(flat);
    }
}
