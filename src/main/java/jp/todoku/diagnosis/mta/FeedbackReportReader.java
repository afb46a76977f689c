package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.message.Headers;

/**
 * Abuse reports in the Abuse Reporting Format (RFC 5965): not a bounce but a complaint, so the
 * format itself fixes the reason ({@code feedback}) and the feedback type.
 */
final class FeedbackReportReader implements MailServerReader {

    @Override
    public String name() {
        return "arf";
    }

    @Override
    public boolean recognises(Context context) {
        return !context.message().feedbackReport().isEmpty() || isHotmailComplaint(context) || isAppleUnsubscribe(context);
    }

    // Apple Mail's one-click unsubscribe: a message from the reader marked "X-Apple-Unsubscribe: true".
    private static boolean isAppleUnsubscribe(Context context) {
        return context.headers().get("x-apple-unsubscribe").equalsIgnoreCase("true");
    }

    // Microsoft's complaint loop (JMRP) sends the complained-of message without an ARF part.
    private static boolean isHotmailComplaint(Context context) {
        return context.lowerSubject().contains("complaint about message from")
                && context.message().original().has("x-hmxmroriginalrecipient");
    }

    @Override
    public List<Finding> read(Context context) {
        Headers report = context.message().feedbackReport();
        String type = report.get("feedback-type").trim().toLowerCase(Locale.ROOT);
        if (type.isEmpty() && isHotmailComplaint(context)) {
            type = "abuse";
        }
        if (type.isEmpty() && isAppleUnsubscribe(context)) {
            type = "opt-out";
        }
        List<String> recipients = new ArrayList<>();
        List<String> candidates = new ArrayList<>(report.all("original-rcpt-to"));
        candidates.addAll(report.all("removal-recipient"));
        candidates.addAll(context.message().original().all("x-hmxmroriginalrecipient"));
        for (String value : candidates) {
            String address = Scan.address(value);
            if (address != null && !recipients.contains(address)) {
                recipients.add(address);
            }
        }
        if (recipients.isEmpty() && isAppleUnsubscribe(context)) {
            // The reader who unsubscribes is the one who sent it.
            String from = Scan.address(context.headers().get("from"));
            if (from != null) {
                recipients.add(from);
            }
        }
        if (recipients.isEmpty()) {
            String to = Scan.address(context.message().original().get("to"));
            if (to == null) {
                // No recipient of the original is named: the report is about the mailbox it was sent to.
                to = Scan.address(context.headers().get("to"));
            }
            if (to != null) {
                recipients.add(to);
            }
        }
        List<Finding> findings = new ArrayList<>();
        String sender = Scan.address(report.get("original-mail-from"));
        String remote = DeliveryReports.hostOf(report.get("source-ip"));
        for (String recipient : recipients) {
            Draft draft = new Draft(recipient);
            draft.verdict = Reason.FEEDBACK;
            draft.feedbackType = type.isEmpty() ? null : type;
            draft.sender = sender;
            draft.remoteHost = remote;
            draft.date = report.find("arrival-date").orElse(report.find("received-date").orElse(null));
            draft.text(firstParagraph(context.errorText()));
            draft.status = null;
            findings.add(new Finding(draft.recipient, draft.sender, null, null, draft.diagnosticText, draft.remoteHost,
                    context.reportingHost(), null, draft.date != null ? draft.date : context.date(), null, null,
                    Reason.FEEDBACK, draft.feedbackType, name()));
        }
        return findings;
    }

    private static String firstParagraph(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf("\n\n");
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
