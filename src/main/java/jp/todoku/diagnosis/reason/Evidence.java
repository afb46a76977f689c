package jp.todoku.diagnosis.reason;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * The facts a format reader decoded for one recipient, from which the reason is chosen.
 *
 * @param readerName     the reader that decoded them ({@code postfix}, {@code rfc3464} ...)
 * @param readerVerdict  the reason the reader itself is sure of, or null
 * @param status         the status code the message carried, or null
 * @param replyCode      the reply code the message carried, or null
 * @param diagnosticText the server's error text, unfolded to one line; never null
 * @param command        the SMTP step at which it failed, or null
 * @param recipient      the failed address, or null
 * @param remoteHost     the host that refused, or null
 * @param delayed        the report says the delivery is only delayed (Action: delayed)
 * @param diagnosticType the type word of the DSN's Diagnostic-Code, upper case ({@code SMTP},
 *                       {@code X-UNIX} for a local delivery program, {@code X-POSTFIX} ...), or null
 * @param action         the DSN's Action value, lower case ({@code failed}, {@code delayed},
 *                       {@code delivered}, {@code relayed}, {@code expanded}), or null
 * @param reportingHost  the host that wrote the report (Reporting-MTA or the bounce's sender host), or null
 * @param feedbackType   the ARF Feedback-Type, lower case, for abuse reports; otherwise null
 */
public record Evidence(String readerName, Reason readerVerdict, DeliveryStatus status, ReplyCode replyCode,
                       String diagnosticText, SmtpCommand command, String recipient, String remoteHost,
                       boolean delayed, String diagnosticType, String action, String reportingHost,
                       String feedbackType) {
    public Evidence {
        diagnosticText = diagnosticText == null ? "" : diagnosticText;
    }

    /** The original shape, kept so callers written before the DSN fields were added still compile. */
    public Evidence(String readerName, Reason readerVerdict, DeliveryStatus status, ReplyCode replyCode,
                    String diagnosticText, SmtpCommand command, String recipient, String remoteHost,
                    boolean delayed) {
        this(readerName, readerVerdict, status, replyCode, diagnosticText, command, recipient, remoteHost,
                delayed, null, null, null, null);
    }

    /**
     * The error came from a local delivery program rather than an SMTP server: the type word says
     * {@code X-UNIX}, or the text starts with it when a reader kept the whole Diagnostic-Code field.
     */
    public boolean isLocalDelivery() {
        if (diagnosticType != null) {
            return diagnosticType.equalsIgnoreCase("x-unix");
        }
        return diagnosticText.regionMatches(true, 0, "x-unix", 0, 6);
    }
}
