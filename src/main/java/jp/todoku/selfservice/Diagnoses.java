package jp.todoku.selfservice;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.DeliveryFailure;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pastes to diagnoses for the pages and the API: the size limit the paste page promises, and the
 * snapshot a ticket keeps. Keeps nothing itself.
 */
@Service
public class Diagnoses {

    public static final String PROBLEM_TOO_LARGE = "selfservice.problem.too-large";
    public static final String PROBLEM_EMPTY = "selfservice.problem.empty";
    public static final String PROBLEM_BINARY = "selfservice.problem.binary";

    private final Diagnoser diagnoser;
    private final JsonMapper json;
    private final int maxBytes;

    Diagnoses(Diagnoser diagnoser, JsonMapper json, SelfServiceSettings settings) {
        this.diagnoser = diagnoser;
        this.json = json;
        this.maxBytes = settings.maxPasteBytes();
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The message key of what is wrong with the paste before diagnosing it (empty, too large), if anything. */
    public Optional<String> findProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(PROBLEM_EMPTY);
        }
        if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return Optional.of(PROBLEM_TOO_LARGE);
        }
        return looksBinary(text) ? Optional.of(PROBLEM_BINARY) : Optional.empty();
    }

    public Optional<String> findProblem(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return Optional.of(PROBLEM_EMPTY);
        }
        if (raw.length > maxBytes) {
            return Optional.of(PROBLEM_TOO_LARGE);
        }
        int controls = 0;
        boolean blank = true;
        for (byte value : raw) {
            blank = blank && (value == ' ' || value == '\t' || value == '\r' || value == '\n');
            if (value == 0 || value >= 0 && value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != 0x1b
                    && value != '\f') {
                controls++;
            }
        }
        if (blank) {
            return Optional.of(PROBLEM_EMPTY);
        }
        // Mail is text; a file where more than one byte in a hundred is a control character is a picture, an archive ...
        return controls * 100L > raw.length ? Optional.of(PROBLEM_BINARY) : Optional.empty();
    }

    private static boolean looksBinary(String text) {
        long controls = text.chars().filter(ch -> ch == 0 || ch == 0xFFFD
                || ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != 0x1b && ch != '\f').count();
        return controls * 100L > text.length();
    }

    public Diagnosis diagnose(String text) {
        return diagnoser.diagnose(text);
    }

    public Diagnosis diagnose(byte[] raw) {
        return diagnoser.diagnose(raw);
    }

    public String snapshotJson(Diagnosis diagnosis) {
        return json.writeValueAsString(DiagnosisSnapshot.of(diagnosis));
    }

    /** The reason code the staff queue filters on: the first failure's. */
    public static Optional<String> primaryReason(Diagnosis diagnosis) {
        return diagnosis.failures().stream().findFirst().map(failure -> failure.reason().code());
    }

    /** The receiving provider the knowledge base recognised for the first failure, if any. */
    public static Optional<String> provider(Diagnosis diagnosis) {
        return diagnosis.failures().stream().findFirst().flatMap(DeliveryFailure::findAdvice)
                .flatMap(advice -> advice.best().findProvider());
    }
}
