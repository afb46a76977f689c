package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;

/**
 * Amazon SES: DSNs from its own MTA, and the JSON notifications it sends through SNS
 * ({@code notificationType} Bounce, Complaint or Delivery), often wrapped in an SNS envelope with the
 * inner JSON escaped and folded.
 */
final class AmazonSesReader extends FamilyReader {

    private static final java.util.regex.Pattern NESTED = java.util.regex.Pattern.compile("<[45][0-9]{2} [45]\\.[0-9]{1,3}\\.[0-9]{1,3} ");

    @Override
    public String name() {
        return "amazonses";
    }

    @Override
    public boolean recognises(Context context) {
        return context.headers().has("x-ses-outgoing") || context.lowerFrom().contains("amazonses.com")
                || context.lowerFrom().contains("sns.amazonaws.com") || context.errorText().contains("notificationType");
    }

    @Override
    public List<Finding> read(Context context) {
        String text = context.message().bodyText();
        int start = text.indexOf("notificationType");
        if (start < 0) {
            return super.read(context);
        }
        String json = text.substring(Math.max(0, start - 2)).replace("\n ", "").replace("\n", "").replace("\\\"", "\"");
        String type = Json.field(json, "notificationType", 0);
        List<Finding> findings = new ArrayList<>();
        if ("Bounce".equals(type)) {
            int array = json.indexOf("\"bouncedRecipients\"");
            for (String object : Json.objects(json, array)) {
                Draft draft = new Draft(Json.field(object, "emailAddress", 0));
                draft.action = Json.field(object, "action", 0);
                draft.status = DeliveryStatus.find(Json.field(object, "status", 0)).orElse(null);
                String diagnostic = Json.field(object, "diagnosticCode", 0);
                if (diagnostic != null && diagnostic.regionMatches(true, 0, "smtp;", 0, 5)) {
                    draft.diagnosticType = "SMTP";
                    diagnostic = diagnostic.substring(5);
                }
                draft.text(diagnostic);
                // SES quotes the remote server after its own summary: "5.1.0 - Unknown address
                // error 550-'5.7.1 ... Access denied'": the last codes are the remote server's.
                draft.status = Scan.lastStatus(draft.diagnosticText, draft.status);
                draft.statusChosen = true;
                draft.reportingHost = DeliveryReports.hostOf(Json.field(json, "reportingMTA", 0));
                draft.date = Json.field(json, "timestamp", 0);
                add(findings, draft, context);
            }
        } else if ("Complaint".equals(type)) {
            int array = json.indexOf("\"complainedRecipients\"");
            String feedback = Json.field(json, "complaintFeedbackType", 0);
            for (String object : Json.objects(json, array)) {
                Draft draft = new Draft(Json.field(object, "emailAddress", 0));
                draft.verdict = Reason.FEEDBACK;
                draft.feedbackType = feedback == null ? null : feedback.toLowerCase(java.util.Locale.ROOT);
                add(findings, draft, context);
            }
        } else if ("Delivery".equals(type)) {
            String response = Json.field(json, "smtpResponse", 0);
            for (String recipient : Json.strings(json, json.indexOf("\"recipients\""))) {
                Draft draft = new Draft(recipient);
                draft.action = "delivered";
                draft.text(response);
                draft.reportingHost = DeliveryReports.hostOf(Json.field(json, "reportingMTA", 0));
                add(findings, draft, context);
            }
        }
        return findings;
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        if (NESTED.matcher(draft.diagnosticText).find()) {
            // WorkMail: "554 4.4.7 Message expired ...<421 4.4.2 Connection timed out>": the
            // quoted reply is the remote server's own.
            draft.status = Scan.lastStatus(draft.diagnosticText, draft.status);
            draft.replyCode = Scan.lastReplyCode(draft.diagnosticText);
            draft.statusChosen = true;
        } else if (draft.diagnosticText.contains("'")) {
            draft.status = Scan.lastStatus(draft.diagnosticText, draft.status);
            draft.statusChosen = true;
        }
    }

    private void add(List<Finding> findings, Draft draft, Context context) {
        if (Scan.address(draft.recipient) != null) {
            findings.add(draft.complete(name(), context));
        }
    }
}
