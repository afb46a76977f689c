package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.message.Headers;

/**
 * Reads the per-recipient blocks of an RFC 3464 delivery-status part into drafts; where a block has
 * no Diagnostic-Code the human-readable part around the recipient's address supplies the text.
 */
final class DeliveryReports {

    private DeliveryReports() {
    }

    static List<Draft> read(Context context) {
        List<Draft> drafts = new ArrayList<>();
        Headers perMessage = context.message().deliveryStatus().perMessage();
        for (Headers block : context.message().deliveryStatus().perRecipient()) {
            String recipient = Scan.address(block.get("final-recipient"));
            if (recipient == null) {
                recipient = Scan.address(block.get("original-recipient"));
            }
            if (recipient == null) {
                recipient = Scan.address(block.get("x-actual-recipient"));
            }
            if (recipient == null) {
                // "Final-Recipient: RFC822; @mx.example.org": take the address the text gives in this place.
                List<Draft> written = context.textDrafts();
                int place = drafts.size();
                recipient = place < written.size() ? written.get(place).recipient : null;
            }
            Draft draft = new Draft(recipient);
            String action = block.get("action").trim().toLowerCase(Locale.ROOT);
            draft.action = action.isEmpty() ? null : firstWord(action);
            draft.status = DeliveryStatus.find(block.get("status")).orElse(null);
            String diagnostic = block.get("diagnostic-code");
            int semicolon = diagnostic.indexOf(';');
            if (semicolon > 0 && semicolon < 20 && diagnostic.substring(0, semicolon).trim().indexOf(' ') < 0) {
                draft.diagnosticType = diagnostic.substring(0, semicolon).trim().toUpperCase(Locale.ROOT);
                diagnostic = diagnostic.substring(semicolon + 1);
            }
            if (diagnostic.isBlank() && recipient != null) {
                diagnostic = context.textAround(recipient);
            }
            if (diagnostic.isBlank()) {
                // "Status: 4.0.0 (cat.example.net: host name lookup failure)": the only words given.
                diagnostic = statusComment(block.get("status"));
            }
            draft.text(diagnostic);
            draft.remoteHost = hostOf(block.get("remote-mta"));
            String reporting = hostOf(perMessage.get("reporting-mta"));
            draft.reportingHost = reporting;
            String date = block.get("last-attempt-date");
            draft.date = !date.isEmpty() ? date : perMessage.find("arrival-date").orElse(null);
            drafts.add(draft);
        }
        return drafts;
    }

    static String statusComment(String status) {
        int open = status.indexOf('(');
        int close = status.lastIndexOf(')');
        if (open < 0 || close <= open + 1) {
            return "";
        }
        String comment = status.substring(open + 1, close).trim();
        // "(permanent failure)" and the like only restate the code's class.
        String lower = comment.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("permanent failure") || lower.equals("temporary failure") || lower.equals("success") ? "" : comment;
    }

    private static String firstWord(String value) {
        int space = value.indexOf(' ');
        return space > 0 ? value.substring(0, space) : value;
    }

    static String hostOf(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        int semicolon = field.indexOf(';');
        String host = (semicolon >= 0 ? field.substring(semicolon + 1) : field).trim();
        int space = host.indexOf(' ');
        if (space > 0) {
            host = host.substring(0, space);
        }
        host = host.replace("[", "").replace("]", "");
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
    }
}
