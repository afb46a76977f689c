package jp.todoku.diagnosis.mta;

import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.Reason;

/**
 * Automatic replies (RFC 3834: out-of-office, vacation). Not a bounce: the person who set the
 * auto-reply is the "recipient", and the format fixes the reason {@code vacation}.
 */
final class AutoReplyReader implements MailServerReader {

    // Subjects of automatic replies as mail clients write them.
    private static final String[] SUBJECTS = {
        "auto:", "auto reply", "auto-reply", "autoreply", "automatic reply", "out of office", "out of the office",
        "vacation", "away from", "away until", "i am away", "i am out", "自動応答", "自動返信", "不在",
    };

    @Override
    public String name() {
        return "rfc3834";
    }

    @Override
    public boolean recognises(Context context) {
        String autoSubmitted = context.headers().get("auto-submitted").toLowerCase(Locale.ROOT);
        String precedence = context.headers().get("precedence").toLowerCase(Locale.ROOT);
        if (autoSubmitted.startsWith("auto-replied") || precedence.contains("auto_reply")
                || context.headers().has("x-autoreply") || context.headers().has("x-autorespond")
                || context.headers().get("x-apple-action").equalsIgnoreCase("vacation")) {
            return true;
        }
        for (String subject : SUBJECTS) {
            if (context.lowerSubject().startsWith(subject) || context.lowerSubject().contains(subject)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Finding> read(Context context) {
        String from = Scan.address(context.headers().get("from"));
        if (from == null || Scan.isSystemAddress(from)) {
            return List.of();
        }
        String text = Scan.oneLine(context.errorText());
        if (text.length() > 300) {
            text = text.substring(0, 300);
        }
        return List.of(new Finding(from, Scan.address(context.headers().get("to")), null, null, text, null,
                context.reportingHost(), null, context.date(), null, null, Reason.VACATION, null, name()));
    }
}
