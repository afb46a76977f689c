package jp.todoku.selfservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnosis;

/**
 * What the engine made of one paste, as plain values for JSON: stored with a ticket (the staff console
 * reads it) and with a saved link. {@code kind} is bounce, fragment, not-bounce or unreadable.
 */
public record DiagnosisSnapshot(String kind, String problem, List<FailureSnapshot> failures) {

    public DiagnosisSnapshot {
        failures = List.copyOf(failures);
    }

    public static DiagnosisSnapshot of(Diagnosis diagnosis) {
        List<FailureSnapshot> failures = new ArrayList<>();
        int index = 0;
        for (DeliveryFailure failure : diagnosis.failures()) {
            failures.add(FailureSnapshot.of(++index, diagnosis.kind(), failure));
        }
        return new DiagnosisSnapshot(diagnosis.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                diagnosis.problem(), failures);
    }
}
