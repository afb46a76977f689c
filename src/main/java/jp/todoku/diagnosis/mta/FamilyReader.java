package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;

/**
 * The common walk of a family reader: the delivery-status part when there is one, else the readable
 * text; each family adds what its own format says beyond that in {@link #adjust}.
 */
abstract class FamilyReader implements MailServerReader {

    @Override
    public List<Finding> read(Context context) {
        List<Draft> drafts = drafts(context);
        List<Finding> findings = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            if (draft.recipient == null) {
                continue;
            }
            adjust(draft, context);
            if ((draft.command == null || draft.remoteHost == null) && context.hasDeliveryStatus()) {
                // "SMTP error from remote mail server after EHLO ...": the step is often written
                // only in the readable part, not in the delivery-status fields.
                String around = context.textAround(draft.recipient);
                draft.command = draft.command == null ? Scan.command(around) : draft.command;
                draft.remoteHost = draft.remoteHost == null ? Scan.remoteHost(around) : draft.remoteHost;
            }
            if (draft.verdict == null) {
                draft.verdict = FormatMessages.bundled().find(name(), draft.diagnosticText);
            }
            findings.add(draft.complete(name(), context));
        }
        return findings;
    }

    /** The drafts before family-specific adjustment. */
    protected List<Draft> drafts(Context context) {
        if (context.hasDeliveryStatus()) {
            List<Draft> drafts = DeliveryReports.read(context);
            if (!drafts.isEmpty()) {
                return drafts;
            }
        }
        List<Draft> drafts = TextReports.read(context.errorText(), Scan.address(context.headers().get("from")));
        if (drafts.size() > 1) {
            // "A message sent by <sender> could not be delivered": the sender (the bounce's To) is
            // named beside the failed recipients but is not one of them.
            String to = Scan.address(context.headers().get("to"));
            drafts.removeIf(draft -> draft.recipient.equalsIgnoreCase(to) || draft.recipient.equalsIgnoreCase(context.sender()));
        }
        if (drafts.isEmpty()) {
            // Exim and others name the failed addresses in a header when the text does not.
            String failed = context.headers().get("x-failed-recipients");
            if (!failed.isEmpty()) {
                String lines = HeuristicReader.errorLines(context.errorText());
                for (String recipient : Scan.addresses(failed, 100)) {
                    drafts.add(new Draft(recipient).text(lines));
                }
            }
        }
        if (drafts.isEmpty()) {
            // The notice names no address at all: the returned original's recipient failed.
            String recipient = Scan.address(context.original().get("to"));
            String lines = HeuristicReader.errorLines(context.errorText());
            if (recipient != null && !lines.isEmpty()) {
                drafts.add(new Draft(recipient).text(lines));
            }
        }
        return drafts;
    }

    /** Family-specific corrections of one draft (command from a transcript, text from a paragraph ...). */
    protected void adjust(Draft draft, Context context) {
    }

    /** The paragraph after the first line that starts with {@code lowerMarker}, or "". */
    static String paragraphAfter(Context context, String lowerMarker) {
        int found = context.lowerErrorText().indexOf(lowerMarker);
        if (found < 0) {
            return "";
        }
        String text = context.errorText();
        int start = found + lowerMarker.length();
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == ' ')) {
            start++;
        }
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end < 0 ? Math.min(text.length(), start + 2_000) : end);
    }
}
