package jp.todoku.diagnosis.reason;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.Strength;

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

    /**
     * How strong the evidence that decided was, read from the basis the precedence wrote: a reader's
     * own verdict, a provider's rule, a specific status code, a phrase, a reply code, or only a class.
     */
    public Strength strength() {
        if (basis.startsWith("reader")) {
            return Strength.READER;
        }
        if (basis.startsWith("provider")) {
            return Strength.PROVIDER;
        }
        if (basis.startsWith("status class")) {
            return Strength.CLASS;
        }
        if (basis.startsWith("status ")) {
            return status != null && !status.isPseudo() && Strength.isClassOnly(status) ? Strength.CLASS : Strength.STATUS;
        }
        if (basis.startsWith("phrase") || basis.startsWith("local")) {
            return Strength.PHRASE;
        }
        if (basis.startsWith("reply")) {
            return Strength.REPLY;
        }
        if (basis.startsWith("refused at") || basis.startsWith("delayed")) {
            return Strength.CLASS;
        }
        return Strength.NONE;
    }

    /** The address itself is dead and a mailing list must stop sending to it (reasons.md). */
    public boolean isHardBounce() {
        return reason.isHardBounce(temporary);
    }
}
