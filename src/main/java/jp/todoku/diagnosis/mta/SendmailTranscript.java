package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * The session transcript of old Sendmail (V5) reports without delivery-status fields:
 * "While talking to HOST:", then ">>> COMMAND", "<<< remote reply", then Sendmail's own line per
 * recipient, "554 <cat@example.org>... Remote protocol error". A recipient line that carries no
 * reply of its own failed with the remote reply of its block.
 */
final class SendmailTranscript {

    private SendmailTranscript() {
    }

    static List<Draft> read(String text) {
        List<Draft> drafts = new ArrayList<>();
        String host = null;
        String command = null;
        String reply = null;
        for (String raw : text.split("\n", 5_000)) {
            String line = raw.trim();
            if (line.regionMatches(true, 0, "while talking to ", 0, 17)) {
                host = line.substring(17).replaceAll("[:.]+$", "").trim();
                command = null;
                reply = null;
            } else if (line.startsWith(">>> ")) {
                command = line.substring(4);
            } else if (line.startsWith("<<< ")) {
                reply = line.substring(4);
            } else if (line.length() > 4 && Character.isDigit(line.charAt(0)) && line.charAt(3) == ' ' && line.indexOf("... ") > 0) {
                String recipient = Scan.address(line.substring(4, line.indexOf("... ")));
                if (recipient == null || line.charAt(4) != '<') {
                    continue;
                }
                String own = line.substring(line.indexOf("... ") + 4).trim();
                Draft draft = new Draft(recipient);
                boolean remote = Scan.replyCode(own) == null && reply != null;
                draft.text(remote ? reply : own);
                if (!remote) {
                    draft.replyCode = Scan.replyCode(own);
                }
                if (remote && command != null) {
                    draft.command = SmtpCommand.find(command.split("[ :]", 2)[0]).orElse(null);
                    draft.remoteHost = host;
                }
                drafts.add(draft);
            }
        }
        return drafts;
    }
}
