package jp.todoku.diagnosis.mta;

import jp.todoku.diagnosis.SmtpCommand;

/** Sendmail: "----- The following addresses had permanent fatal errors -----" and a session transcript. */
final class SendmailReader extends FamilyReader {

    @Override
    public String name() {
        return "sendmail";
    }

    @Override
    public boolean recognises(Context context) {
        String text = context.lowerErrorText();
        return text.contains("----- transcript of session follows -----")
                || text.contains("the following addresses had permanent fatal errors")
                || context.lowerSubject().startsWith("returned mail:");
    }

    @Override
    protected java.util.List<Draft> drafts(Context context) {
        if (!context.hasDeliveryStatus() && context.lowerErrorText().contains("while talking to ")) {
            java.util.List<Draft> drafts = SendmailTranscript.read(context.errorText());
            if (!drafts.isEmpty()) {
                return drafts;
            }
        }
        return super.drafts(context);
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        if (draft.command == null && context.hasDeliveryStatus()) {
            draft.command = lastTranscriptCommand(context.errorText());
        }
        if (draft.replyCode == null && Scan.replyCode(draft.diagnosticText) == null) {
            // "(reason: 255)" from a local mailer: Sendmail's own line in the transcript says more,
            // e.g. "554 5.3.0 unknown mailer error 255".
            String line = transcriptReply(context.errorText());
            if (line != null) {
                draft.text(draft.diagnosticText + " " + line);
                draft.replyCode = Scan.replyCode(line);
                draft.status = Scan.status(line) != null ? Scan.status(line) : draft.status;
                draft.statusChosen = true;
            }
        }
    }

    private static final java.util.regex.Pattern REPLY_LINE = java.util.regex.Pattern.compile(
            "(?m)^[45][0-9]{2}[ -][^\\n]{0,300}$");

    /** The last line of the transcript that starts with a reply and status code. */
    static String transcriptReply(String text) {
        int start = text.indexOf("----- Transcript of session follows");
        if (start < 0) {
            return null;
        }
        java.util.regex.Matcher matcher = REPLY_LINE.matcher(text.substring(start, Math.min(text.length(), start + 8_000)));
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        return last;
    }

    /** The last ">>> COMMAND" line of the transcript: the step the remote server answered with an error. */
    static SmtpCommand lastTranscriptCommand(String text) {
        int found = text.lastIndexOf("\n>>> ");
        if (found < 0) {
            return null;
        }
        int end = text.indexOf('\n', found + 5);
        String line = text.substring(found + 5, end < 0 ? text.length() : end).trim();
        int space = line.indexOf(' ');
        String word = space > 0 ? line.substring(0, space) : line;
        if (word.equalsIgnoreCase("RCPT") || word.equalsIgnoreCase("MAIL")) {
            return SmtpCommand.find(word).orElse(null);
        }
        return SmtpCommand.find(word.replace(":", "")).orElse(null);
    }
}
