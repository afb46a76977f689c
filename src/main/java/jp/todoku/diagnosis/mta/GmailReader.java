package jp.todoku.diagnosis.mta;

import jp.todoku.diagnosis.DeliveryStatus;

/** Gmail's own plain-text notice: "Delivery to the following recipient failed permanently". */
final class GmailReader extends FamilyReader {

    @Override
    public String name() {
        return "gmail";
    }

    @Override
    public boolean recognises(Context context) {
        // Outlook.com writes "Delivery to the following recipients failed" too: Google's own words
        // or Google's sender decide.
        String text = context.lowerErrorText();
        return text.contains("google tried to deliver your message") || text.contains("technical details of permanent failure")
                || text.contains("technical details of temporary failure")
                || context.lowerFrom().contains("@googlemail.com") || context.lowerFrom().contains("mailer-daemon@google.com");
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        String returned = paragraphAfter(context, "the error that the other server returned was:");
        if (returned.isEmpty()) {
            returned = paragraphAfter(context, "the response from the remote server was:");
        }
        if (returned.isEmpty()) {
            returned = paragraphAfter(context, "the response was:");
        }
        if (!returned.isEmpty()) {
            // Newer notices: "** Address not found **", a sentence, then the remote server's reply.
            String headline = context.errorText().strip();
            int end = headline.indexOf("\n\n");
            headline = headline.startsWith("**") && end > 0 ? headline.substring(0, end) + " " : "";
            // The remote server's own reply is the error; Google's explanation around it is not.
            draft.text(headline + returned);
            draft.replyCode = null;
        }
        GmailState.of(draft.diagnosticText).ifPresent(state -> {
            // Older notices end the reply with Gmail's own "(state N)": the SMTP step it failed at, and
            // what a refusal there means when the reply's own status code names only a class (x.0.0,
            // x.y.0); a status that says more is left to decide (5.7.1 "Access denied (state 13)").
            DeliveryStatus written = draft.status != null ? draft.status : Scan.status(draft.diagnosticText);
            boolean specific = written != null && written.subject() != 0 && written.detail() != 0;
            if (!specific) {
                draft.command = state.command();
                if (draft.verdict == null) {
                    draft.verdict = state.reason();
                }
            }
        });
        if (draft.verdict == null) {
            // Google's own sentence above the reply says what Gmail itself refused ("Send mail as"
            // settings out of date), which the remote server's words alone do not.
            draft.verdict = FormatMessages.bundled().find(name(), context.lowerErrorText());
        }
    }
}
