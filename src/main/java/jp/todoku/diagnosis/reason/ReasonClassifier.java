package jp.todoku.diagnosis.reason;

import jp.todoku.diagnosis.Reason;

/**
 * Chooses the reason for one failure with an explicit precedence: the format reader's own verdict,
 * then the receiving provider's rules, then the generic status / reply / phrase rules.
 * Placeholder until the classification work lands: it only trusts the reader and the status class.
 */
public final class ReasonClassifier {

    public static ReasonClassifier bundled() {
        return new ReasonClassifier();
    }

    public Verdict classify(Evidence evidence) {
        boolean temporary = evidence.status() != null ? evidence.status().isTemporary()
                : evidence.replyCode() != null && evidence.replyCode().isTemporary();
        Reason reason = evidence.readerVerdict() != null ? evidence.readerVerdict()
                : evidence.diagnosticText().isBlank() ? Reason.UNDEFINED : Reason.ON_HOLD;
        return new Verdict(reason, temporary, evidence.status(), evidence.replyCode());
    }
}
