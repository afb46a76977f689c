package jp.todoku.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers questions the way a customer does on the pages: one asked question at a time, through the flat map. */
final class GuideWalk {

    /** 2026-11-23 10:00 in Japan. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
    static final Guide GUIDE = new Guide(Questionnaire.bundled(), CLOCK);

    private final Map<String, String> script = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();

    static GuideWalk sending(String symptom) {
        return new GuideWalk().answer("direction", "SEND").answer("domain", "example.co.jp")
                .answer("since", "2026-11-20").answer("scope", "SOME").answer("symptom", symptom);
    }

    static GuideWalk receiving(String symptom) {
        return new GuideWalk().answer("direction", "RECEIVE").answer("domain", "example.co.jp")
                .answer("since", "2026-11-20").answer("scope", "SOME").answer("symptom", symptom);
    }

    GuideWalk answer(String questionId, String value) {
        script.put(questionId, value);
        return this;
    }

    /** Walks to the outcome; fails on a question the script does not answer, or an answer never asked for. */
    Outcome outcome() {
        Map<String, String> flat = new LinkedHashMap<>();
        for (int guard = 0; guard < 50; guard++) {
            Step step = GUIDE.next(GUIDE.answersFrom(flat));
            if (step instanceof Outcome outcome) {
                List<String> unused = new ArrayList<>(script.keySet());
                unused.removeAll(asked);
                assertEquals(List.of(), unused, "answers prepared but never asked for");
                return outcome;
            }
            Ask ask = (Ask) step;
            String id = ask.question().id();
            if (ask.problem().isPresent()) {
                fail("answer to " + id + " refused: " + ask.problem().get());
            }
            if (!script.containsKey(id)) {
                fail("unexpected question " + id + " after " + asked);
            }
            asked.add(id);
            // Round trip through the flat form, as hidden fields do.
            flat = new LinkedHashMap<>(ask.carried().toMap());
            flat.put(id, script.get(id));
        }
        throw new AssertionError("no outcome after 50 steps");
    }

    List<String> asked() {
        return asked;
    }

    static List<String> ids(Outcome outcome) {
        return outcome.findings().stream().map(Finding::id).toList();
    }
}
