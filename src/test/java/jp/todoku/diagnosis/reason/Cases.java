package jp.todoku.diagnosis.reason;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;

/** Builds Evidence from the '|'-separated columns of the table-driven tests ({@code -} means none). */
final class Cases {

    private Cases() {
    }

    static Evidence evidence(String verdict, String status, String reply, String command, String recipient,
                             String remoteHost, String text) {
        return evidence(verdict, status, reply, command, recipient, remoteHost, null, false, null, text);
    }

    static Evidence evidence(String verdict, String status, String reply, String command, String recipient,
                             String remoteHost, String reportingHost, boolean delayed, String type, String text) {
        return new Evidence("test", none(verdict) ? null : Reason.find(verdict).orElseThrow(),
                none(status) ? null : DeliveryStatus.find(status).orElseThrow(),
                none(reply) ? null : new ReplyCode(Integer.parseInt(reply.trim())), none(text) ? "" : text,
                none(command) ? null : SmtpCommand.find(command).orElseThrow(),
                none(recipient) ? null : recipient, none(remoteHost) ? null : remoteHost, delayed,
                none(type) ? null : type, delayed ? "delayed" : "failed", none(reportingHost) ? null : reportingHost, null);
    }

    private static boolean none(String value) {
        return value == null || value.isBlank() || value.trim().equals("-");
    }
}
