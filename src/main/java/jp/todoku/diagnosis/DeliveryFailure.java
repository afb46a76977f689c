package jp.todoku.diagnosis;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What was decoded for one failed recipient (or, for a fragment with no address, for the one error
 * it shows). Optional facts are null when the input did not carry them; accessors wrap them.
 *
 * @param recipient      the failed address, lower-cased domain; null for a fragment without one
 * @param sender         the original message's envelope sender, when the report names it
 * @param status         the enhanced status code the server wrote; null when it wrote none
 * @param replyCode      the SMTP reply code the server wrote; null when it wrote none
 * @param reason         the classified reason, never null
 * @param temporary      true for a 4xx-class (may succeed later) failure
 * @param diagnosticText the server's error text as written, unfolded to one line
 * @param remoteHost     the host that refused or could not be reached
 * @param reportingHost  the host that wrote the report (MAILER-DAEMON@...)
 * @param command        the SMTP step at which it failed
 * @param date           when the failure happened or the report was written
 * @param subject        the original message's subject
 * @param messageId      the original message's Message-ID
 * @param decodedBy      the reader that decoded it, e.g. {@code postfix}, {@code rfc3464}
 * @param feedbackType   the ARF feedback type (abuse, opt-out ...) for reason feedback
 * @param advice         what the knowledge base says about it; null until matched
 * @param strength       how strong the evidence was that decided the reason (docs/decision.md)
 */
public record DeliveryFailure(
        String recipient,
        String sender,
        DeliveryStatus status,
        ReplyCode replyCode,
        Reason reason,
        boolean temporary,
        String diagnosticText,
        String remoteHost,
        String reportingHost,
        SmtpCommand command,
        OffsetDateTime date,
        String subject,
        String messageId,
        String decodedBy,
        String feedbackType,
        Advice advice,
        Strength strength) {

    public DeliveryFailure {
        if (reason == null) {
            throw new IllegalArgumentException("reason is required");
        }
        diagnosticText = diagnosticText == null ? "" : diagnosticText;
        strength = strength == null ? Strength.NONE : strength;
    }

    /** A failure whose deciding evidence is not known (built outside the classifier). */
    public DeliveryFailure(String recipient, String sender, DeliveryStatus status, ReplyCode replyCode, Reason reason,
                           boolean temporary, String diagnosticText, String remoteHost, String reportingHost,
                           SmtpCommand command, OffsetDateTime date, String subject, String messageId,
                           String decodedBy, String feedbackType, Advice advice) {
        this(recipient, sender, status, replyCode, reason, temporary, diagnosticText, remoteHost, reportingHost,
                command, date, subject, messageId, decodedBy, feedbackType, advice, Strength.NONE);
    }

    /** Hard bounces are the ones a mailing list must stop sending to (reasons.md). */
    public boolean hardBounce() {
        return reason.isHardBounce(temporary);
    }

    public Optional<String> findRecipient() {
        return Optional.ofNullable(recipient);
    }

    public Optional<DeliveryStatus> findStatus() {
        return Optional.ofNullable(status);
    }

    public Optional<ReplyCode> findReplyCode() {
        return Optional.ofNullable(replyCode);
    }

    public Optional<SmtpCommand> findCommand() {
        return Optional.ofNullable(command);
    }

    public Optional<Advice> findAdvice() {
        return Optional.ofNullable(advice);
    }

    public DeliveryFailure withAdvice(Advice newAdvice) {
        return new DeliveryFailure(recipient, sender, status, replyCode, reason, temporary, diagnosticText,
                remoteHost, reportingHost, command, date, subject, messageId, decodedBy, feedbackType, newAdvice,
                strength);
    }

    /** The same failure decided otherwise: the reason and the evidence that now decides it. */
    public DeliveryFailure withReason(Reason newReason, Strength decidedBy) {
        return new DeliveryFailure(recipient, sender, status, replyCode, newReason, temporary, diagnosticText,
                remoteHost, reportingHost, command, date, subject, messageId, decodedBy, feedbackType, advice,
                decidedBy);
    }
}
