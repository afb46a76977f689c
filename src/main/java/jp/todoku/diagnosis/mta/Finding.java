package jp.todoku.diagnosis.mta;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * What a format reader decoded for one recipient, before the reason is classified.
 *
 * @param recipient      the failed address, or null
 * @param sender         the original envelope sender, or null
 * @param status         the enhanced status code written, or null
 * @param replyCode      the SMTP reply code written, or null
 * @param diagnosticText the server's error text unfolded to one line, never null
 * @param remoteHost     the host that refused, or null
 * @param reportingHost  the host that wrote the report, or null
 * @param command        the SMTP step, or null
 * @param date           the failure's date as written, or null
 * @param action         the DSN Action (failed, delayed, delivered ...), lower case, or null
 * @param diagnosticType the Diagnostic-Code type (SMTP, X-UNIX ...), upper case, or null
 * @param verdict        a reason the format itself fixes (ARF feedback, auto-reply), or null
 * @param feedbackType   the ARF feedback type, or null
 * @param decodedBy      the reader's name
 */
public record Finding(String recipient, String sender, DeliveryStatus status, ReplyCode replyCode,
                      String diagnosticText, String remoteHost, String reportingHost, SmtpCommand command,
                      String date, String action, String diagnosticType, Reason verdict, String feedbackType,
                      String decodedBy) {
    public Finding {
        diagnosticText = diagnosticText == null ? "" : diagnosticText;
    }

    public boolean delayed() {
        return "delayed".equals(action);
    }
}
