package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * The transcript an SMTP server sends its postmaster when it refused a client ("Postfix SMTP server:
 * errors from ..."): "In:" lines are the client's commands, "Out:" lines the server's replies. The
 * failure is the last 4xx/5xx reply, at the command before it, for the RCPT TO addresses.
 */
final class ServerTranscript {

    private ServerTranscript() {
    }

    static List<Draft> read(String text) {
        List<String> recipients = new ArrayList<>();
        String lastCommand = null;
        String failedCommand = null;
        String reply = null;
        String[] lines = text.split("\n", 5_000);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.startsWith("In:")) {
                StringBuilder command = new StringBuilder(line.substring(3).trim());
                while (i + 1 < lines.length && lines[i + 1].startsWith("     ") && !lines[i + 1].trim().startsWith("Out:")) {
                    command.append(' ').append(lines[++i].trim());
                }
                lastCommand = command.toString();
                if (lastCommand.regionMatches(true, 0, "RCPT TO:", 0, 8)) {
                    String recipient = Scan.address(lastCommand);
                    if (recipient != null && !recipients.contains(recipient)) {
                        recipients.add(recipient);
                    }
                }
            } else if (line.startsWith("Out:")) {
                String out = line.substring(4).trim();
                if (out.startsWith("4") || out.startsWith("5")) {
                    reply = out;
                    failedCommand = lastCommand;
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        if (reply == null) {
            return drafts;
        }
        for (String recipient : recipients) {
            Draft draft = new Draft(recipient).text(reply);
            if (failedCommand != null) {
                String word = failedCommand.split("[ :]", 2)[0];
                draft.command = SmtpCommand.find(word).orElse(null);
            }
            drafts.add(draft);
        }
        return drafts;
    }
}
