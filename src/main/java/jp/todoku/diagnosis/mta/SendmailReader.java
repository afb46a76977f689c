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
        if (context.hasDeliveryStatus()) {
            replyFromTranscript(draft, context.errorText());
            readWithoutGuessedStatus(draft);
        }
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

    /**
     * The remote server's whole reply, from the transcript's "<<< " lines. Sendmail's Diagnostic-Code
     * keeps only the first line of a multi-line reply ("550-5.7.1 Our system has detected that this
     * message is"), and after a 421 that closed the session it can hold the answer to QUIT instead
     * ("SMTP; 221 2.0.0 Bye"); a recipient without a Diagnostic-Code is named in its own transcript line
     * ("addr... Deferred: 421 4.7.0 ..."). When the transcript has no server reply at all and Sendmail
     * says the recipient was deferred, the codes in the report ("451 4.4.1 reply: read error from ...")
     * are Sendmail's own. (Its "550 Host unknown" keeps its 550, as the reference decoder reads it.)
     */
    static void replyFromTranscript(Draft draft, String text) {
        int start = text.indexOf("----- Transcript of session follows");
        if (start < 0) {
            return;
        }
        String transcript = text.substring(start, Math.min(text.length(), start + 20_000));
        java.util.List<String[]> blocks = replyBlocks(transcript);
        String diagnostic = draft.diagnosticText;
        boolean serverWords = draft.diagnosticType != null && REPLY_START.matcher(diagnostic).lookingAt()
                && diagnostic.charAt(0) != '2';
        String wanted = serverWords ? diagnostic : ownLine(transcript, draft.recipient);
        if (blocks.isEmpty()) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("... deferred: ") && !lower.contains("while talking to ")) {
                draft.ownCodes = true;
                draft.statusChosen = true;
            }
            return;
        }
        if (wanted == null || !REPLY_START.matcher(wanted).lookingAt()) {
            return;
        }
        String key = Scan.oneLine(wanted).toLowerCase(java.util.Locale.ROOT);
        for (String[] block : blocks) {
            String first = Scan.oneLine(block[1]).toLowerCase(java.util.Locale.ROOT);
            if (first.isEmpty() || !(key.startsWith(first) || first.startsWith(key))) {
                continue;
            }
            String reply = block[1].contains("\n") ? String.join(" ", block[1].split("\n")) : block[1];
            draft.text(reply);
            String last = block[1].substring(block[1].lastIndexOf('\n') + 1);
            int code = Integer.parseInt(last.substring(0, 3));
            if (code >= 200 && code <= 599) {
                draft.replyCode = new jp.todoku.diagnosis.ReplyCode(code);
            }
            if (block[0] != null) {
                draft.command = SmtpCommand.find(block[0].split("[ :]", 2)[0]).orElse(draft.command);
            }
            return;
        }
    }

    /**
     * A server reply without an enhanced status code gets one from Sendmail itself, made from the reply
     * code alone (savemail.c smtptodsn: 550 is "5.2.0", 450 "4.2.0", 554 "5.0.0"; usersmtp.c: 550 at RCPT
     * is "5.1.1"). Such a Status: says no more than the reply code, so it must not decide the reason
     * ("550 This message contains a virus" is not RFC 3463's 5.2.0 mailbox status): the reason is
     * what the server's words mean without it, when they mean something. The Status: stays
     * in the report. A weak reading (networkerror, systemerror ...) is given as the reader's weak
     * verdict, which the rules may still better.
     */
    private static void readWithoutGuessedStatus(Draft draft) {
        String text = draft.diagnosticText;
        if (draft.verdict != null || draft.status == null || draft.replyCode == null && Scan.replyCode(text) == null
                || !REPLY_START.matcher(text).lookingAt() || Scan.status(text) != null) {
            return;
        }
        jp.todoku.diagnosis.ReplyCode reply = draft.replyCode != null ? draft.replyCode : Scan.replyCode(text);
        jp.todoku.diagnosis.reason.Verdict read = jp.todoku.diagnosis.reason.ReasonClassifier.bundled().classify(
                new jp.todoku.diagnosis.reason.Evidence("sendmail", null, null, reply, text,
                        draft.command != null ? draft.command : Scan.command(text), draft.recipient,
                        draft.remoteHost, false));
        jp.todoku.diagnosis.Reason reason = read.reason();
        // An unknown-user wording is left to the rules with the status: at an unknown step they read
        // it by the code (5.1.1 a user, else the recipient's filter), as the reference decoder does.
        if (!java.util.EnumSet.of(jp.todoku.diagnosis.Reason.UNDEFINED, jp.todoku.diagnosis.Reason.ON_HOLD,
                jp.todoku.diagnosis.Reason.USER_UNKNOWN, jp.todoku.diagnosis.Reason.FILTERED).contains(reason)) {
            draft.verdict = reason;
        }
    }

    private static final java.util.regex.Pattern REPLY_START = java.util.regex.Pattern.compile("[2-5][0-9]{2}[ -]");

    /** Each run of "<<< " lines of the transcript: {the ">>> " command before it or null, the reply lines}. */
    private static java.util.List<String[]> replyBlocks(String transcript) {
        java.util.List<String[]> blocks = new java.util.ArrayList<>();
        String command = null;
        StringBuilder reply = null;
        for (String raw : transcript.split("\n", 2_000)) {
            String line = raw.strip();
            if (line.startsWith("<<< ") && REPLY_START.matcher(line.substring(4)).lookingAt()) {
                reply = reply == null ? new StringBuilder(line.substring(4)) : reply.append('\n').append(line.substring(4));
                continue;
            }
            if (reply != null) {
                blocks.add(new String[] {command, reply.toString()});
                reply = null;
            }
            if (line.startsWith(">>> ")) {
                command = line.substring(4);
            } else if (line.regionMatches(true, 0, "... while talking to", 0, 20)) {
                command = null;
            }
        }
        if (reply != null) {
            blocks.add(new String[] {command, reply.toString()});
        }
        return blocks;
    }

    /** What Sendmail's own transcript line says of the recipient ("addr... Deferred: 421 ..."), or null. */
    private static String ownLine(String transcript, String recipient) {
        if (recipient == null) {
            return null;
        }
        String lower = transcript.toLowerCase(java.util.Locale.ROOT);
        String address = recipient.toLowerCase(java.util.Locale.ROOT);
        for (String form : new String[] {"<" + address + ">... ", address + "... "}) {
            int found = lower.indexOf(form);
            while (found > 0 && lower.charAt(found - 1) != '\n' && lower.charAt(found - 1) != ' ') {
                found = lower.indexOf(form, found + 1);
            }
            if (found >= 0) {
                int from = found + form.length();
                int end = transcript.indexOf('\n', from);
                String said = transcript.substring(from, end < 0 ? transcript.length() : end).strip();
                return said.regionMatches(true, 0, "Deferred: ", 0, 10) ? said.substring(10) : said;
            }
        }
        return null;
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
