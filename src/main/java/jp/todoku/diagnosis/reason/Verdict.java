package jp.todoku.diagnosis.reason;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;

/**
 * The classifier's answer: the reason, whether the failure is temporary, and the codes to report
 * (a reply code whose class contradicts the status is cleared; no code is ever invented).
 */
public record Verdict(Reason reason, boolean temporary, DeliveryStatus status, ReplyCode replyCode) {
    public Verdict {
        if (reason == null) {
            throw new IllegalArgumentException("reason is required");
        }
    }
}
