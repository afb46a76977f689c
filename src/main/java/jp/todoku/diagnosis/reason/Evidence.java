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
 */
public record Evidence(String readerName, Reason readerVerdict, DeliveryStatus status, ReplyCode replyCode,
                       String diagnosticText, SmtpCommand command, String recipient, String remoteHost,
                       boolean delayed) {
    public Evidence {
        diagnosticText = diagnosticText == null ? "" : diagnosticText;
    }
}
