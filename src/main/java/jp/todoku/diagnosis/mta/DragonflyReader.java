package jp.todoku.diagnosis.mta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.SmtpCommand;

/** DragonFly Mail Agent (dma): "This is the DragonFly Mail Agent". */
final class DragonflyReader extends FamilyReader {

    /**
     * dma's net.c: "HOST [ADDR] did not like our RCPT TO:" (or MAIL FROM, final DATA, connect, EHLO ...),
     * then the server's reply lines up to an empty line. A reply that itself names the address
     * ("550 <x@example.jp>: User unknown") must not cut the step off its text.
     */
    private static final Pattern DID_NOT_LIKE = Pattern.compile(
            "(?m)^(\\S{1,255}) \\[([^\\]\\n]{1,64})\\] did not like our ([A-Za-z][A-Za-z ]{0,30}):[ \\t]*\\n");

    @Override
    public String name() {
        return "dragonfly";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("this is the dragonfly mail agent");
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        String text = context.errorText();
        Matcher matcher = DID_NOT_LIKE.matcher(text);
        if (!matcher.find()) {
            return;
        }
        int end = text.indexOf("\n\n", matcher.end());
        String reply = text.substring(matcher.end(), end < 0 ? Math.min(text.length(), matcher.end() + 4_000) : end).strip();
        if (reply.isEmpty()) {
            return;
        }
        draft.text(reply);
        String step = matcher.group(3).trim().toUpperCase(Locale.ROOT);
        String word = step.startsWith("FINAL ") ? step.substring(6) : step.split(" ", 2)[0];
        draft.command = SmtpCommand.find(word).orElse(draft.command);
        draft.remoteHost = draft.remoteHost == null ? DeliveryReports.hostOf(matcher.group(1)) : draft.remoteHost;
    }
}
