package jp.todoku.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The customer's own words of a mailed reply: the quoted history below them is left out. */
final class ReplyText {

    // Lines mail clients put above the quoted message (Gmail, Apple Mail, Outlook, Thunderbird, Japanese clients).
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?i)^(on .+ wrote:|.+ wrote:|-{2,} ?original message ?-{2,}|-{2,} ?転送メッセージ ?-{2,}|.+(さん|様)は書きました[:：]?"
                    + "|.+ のメッセージ[:：]?|from: .+|差出人: .+)$");
    private static final int LIMIT = 20_000;

    private ReplyText() {
    }

    static String of(String body) {
        if (body == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String trimmed = line.strip();
            if (QUOTE_HEADER.matcher(trimmed).matches()) {
                break;
            }
            if (!trimmed.startsWith(">")) {
                kept.add(line);
            }
        }
        String text = String.join("\n", kept).strip();
        return text.length() > LIMIT ? text.substring(0, LIMIT) : text;
    }
}
