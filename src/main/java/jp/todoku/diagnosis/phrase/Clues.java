package jp.todoku.diagnosis.phrase;

import java.util.Locale;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * What a rule can look at for one failure: the status and reply codes, the server's error text in
 * lower case, and the SMTP step at which it failed.
 *
 * @param status    the enhanced status code, or null
 * @param replyCode the SMTP reply code, or null
 * @param text      the error text, lower-cased; never null
 * @param command   the failing SMTP step, or null when unknown
 */
public record Clues(DeliveryStatus status, ReplyCode replyCode, String text, SmtpCommand command) {

    /** Texts longer than this are matched on their first part only, which bounds the time per failure. */
    public static final int MAX_TEXT = 16_384;

    // Multi-line replies keep their line prefixes when unfolded ("... at a rate that 550-5.2.1 prevents ...");
    // they are dropped so that a phrase split across lines still matches. Tokens are checked one by one.
    private static final Pattern CONTINUATION = Pattern.compile("[245][0-9]{2}-(?:[245]\\.[0-9]{1,3}\\.[0-9]{1,3})?");
    private static final Pattern REPLY = Pattern.compile("[245][0-9]{2}");
    private static final Pattern STATUS = Pattern.compile("#?[245]\\.[0-9]{1,3}\\.[0-9]{1,3}");

    public Clues {
        text = text == null ? "" : text;
    }

    /** Clues from an error text as the server wrote it: lower-cased, whitespace runs made single spaces. */
    public static Clues of(DeliveryStatus status, ReplyCode replyCode, String rawText, SmtpCommand command) {
        return new Clues(status, replyCode, normalize(rawText), command);
    }

    static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        int limit = Math.min(raw.length(), MAX_TEXT);
        StringBuilder out = new StringBuilder(limit);
        boolean space = false;
        for (int i = 0; i < limit; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return withoutContinuations(out.toString().toLowerCase(Locale.ROOT));
    }

    /** Drops the "550-5.2.1" prefixes of continued reply lines, and a repeated "550 5.2.1" of the last line. */
    static String withoutContinuations(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        String[] tokens = text.split(" ");
        StringBuilder out = new StringBuilder(text.length());
        boolean dropped = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (i > 0 && token.length() <= 13 && CONTINUATION.matcher(token).matches()) {
                dropped = true;
                continue;
            }
            if (dropped && i > 0 && i + 1 < tokens.length && token.length() == 3 && REPLY.matcher(token).matches()
                    && tokens[i + 1].length() <= 12 && STATUS.matcher(tokens[i + 1]).matches()) {
                i++;
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }
}
