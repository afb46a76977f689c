package jp.todoku.diagnosis.mta;

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
    }
}
