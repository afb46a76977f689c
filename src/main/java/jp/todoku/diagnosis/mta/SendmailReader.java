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
    protected void adjust(Draft draft, Context context) {
        if (draft.command == null) {
            draft.command = lastTranscriptCommand(context.errorText());
        }
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
