package jp.todoku.diagnosis.reason;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;

/**
 * The classifier's answer: the reason, whether the failure is temporary, and the codes to report
 * (a reply code whose class contradicts the status is cleared; no code is ever invented).
 *
 * @param basis which step of the precedence decided, e.g. {@code reader}, {@code provider google},
 *              {@code status 5.1.1}, {@code phrase diagnosis/reasons/phrases.tsv:120}; for reviews
 *              and the evaluation's miss list, never shown to a customer
 */
public record Verdict(Reason reason, boolean temporary, DeliveryStatus status, ReplyCode replyCode, String basis) {

    public Verdict {
        if (reason == null) {
            throw new IllegalArgumentException("reason is required");
        }
        basis = basis == null ? "" : basis;
    }

    public Verdict(Reason reason, boolean temporary, DeliveryStatus status, ReplyCode replyCode) {
        this(reason, temporary, status, replyCode, "");
    }

    /** The address itself is dead and a mailing list must stop sending to it (reasons.md). */
    public boolean isHardBounce() {
        return reason.isHardBounce(temporary);
    }
}
