package jp.todoku.diagnosis.mta;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * A finding being filled in while a reader walks the message; readers set what they see, then
 * {@link #complete} derives the missing codes, command and host from the error text.
 */
final class Draft {
    String recipient;
    String sender;
    DeliveryStatus status;
    ReplyCode replyCode;
    String diagnosticText = "";
    String remoteHost;
    String reportingHost;
    SmtpCommand command;
    String date;
    String action;
    String diagnosticType;
    Reason verdict;
    String feedbackType;
    /** Set by a reader that already chose the status deliberately; the text must not override it. */
    boolean statusChosen;
    /**
     * Set by a reader that knows no remote server answered this recipient: the codes in the text are
     * the reporting MTA's own words (Sendmail's "451 4.4.1 reply: read error", "550 Host unknown"),
     * so no reply code is taken from it and the report's own status stands.
     */
    boolean ownCodes;

    Draft(String recipient) {
        this.recipient = recipient;
    }

    Draft text(String text) {
        diagnosticText = Scan.oneLine(text);
        return this;
    }

    /** Fills codes, command and remote host from the text where the reader found none. */
    Finding complete(String decodedBy, Context context) {
        String text = diagnosticText;
        DeliveryStatus written = ownCodes ? null : Scan.status(text);
        if (status == null) {
            status = written;
        } else if (!statusChosen && written != null && written.statusClass() == status.statusClass() && !written.equals(status)
                && (written.subject() != 0 || written.detail() != 0)) {
            // "Status: 5.0.0" (or a relay's 4.4.7) beside "450 4.7.1 ..." in the text: the remote
            // server's own code in its text says more than the code the reporting server chose.
            status = written;
        }
        if (replyCode == null && !ownCodes) {
            replyCode = Scan.replyCode(text);
        }
        if (command == null) {
            command = Scan.command(text);
        }
        if (remoteHost == null) {
            remoteHost = Scan.remoteHost(text);
        }
        if (context != null) {
            reportingHost = reportingHost == null ? context.reportingHost() : reportingHost;
            sender = sender == null ? context.sender() : sender;
            date = date == null ? context.date() : date;
        }
        return new Finding(Scan.address(recipient), sender, status, replyCode, diagnosticText, remoteHost, reportingHost,
                command, date, action, diagnosticType, verdict, feedbackType, decodedBy);
    }
}
