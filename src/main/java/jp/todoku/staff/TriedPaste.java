package jp.todoku.staff;

import java.util.List;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Language;

/** What the engine made of a paste tried in the knowledge browser, per recipient, as plain strings. */
record TriedPaste(String kind, String problem, List<Row> rows) {

    /** One failure: who, the codes, the reason, the best entry (id and title) and the lines that matched. */
    record Row(String recipient, String status, String replyCode, String reason, String entryId, String entryTitle,
               List<String> evidence) {
    }

    TriedPaste {
        rows = List.copyOf(rows);
    }

    static TriedPaste of(Diagnosis diagnosis, Language language) {
        List<Row> rows = diagnosis.failures().stream().map(failure -> row(failure, language)).toList();
        return new TriedPaste(diagnosis.kind().name(), diagnosis.findProblem().orElse(""), rows);
    }

    private static Row row(DeliveryFailure failure, Language language) {
        return new Row(failure.findRecipient().orElse(""),
                failure.findStatus().map(Object::toString).orElse(""),
                failure.findReplyCode().map(code -> Integer.toString(code.value())).orElse(""),
                failure.reason().code(),
                failure.findAdvice().map(advice -> advice.best().id()).orElse(""),
                failure.findAdvice().map(advice -> advice.best().text(language).title()).orElse(""),
                failure.findAdvice().map(advice -> advice.evidence()).orElse(List.of()));
    }
}
