package jp.todoku.diagnosis.mta;

import java.util.List;

/** Postfix: "This is the mail system at host ..." with a delivery-status part, or older plain text. */
final class PostfixReader extends FamilyReader {

    @Override
    public String name() {
        return "postfix";
    }

    @Override
    public boolean recognises(Context context) {
        String text = context.lowerErrorText();
        return context.lowerSubject().startsWith("postfix smtp server: errors from")
                || text.contains("this is the mail system at host") || text.contains("this is the postfix program")
                || context.headers().has("x-postfix-queue-id")
                || context.message().deliveryStatus().perMessage().has("x-postfix-queue-id");
    }

    @Override
    protected List<Draft> drafts(Context context) {
        if (context.lowerSubject().startsWith("postfix smtp server: errors from")) {
            return ServerTranscript.read(context.errorText());
        }
        return super.drafts(context);
    }

    @Override
    protected void adjust(Draft draft, Context context) {
        if (draft.command == null || draft.remoteHost == null) {
            // "host mx[192.0.2.1] said: ... (in reply to RCPT TO command)" is written in the
            // readable part, not in the DSN.
            String around = context.textAround(draft.recipient);
            draft.command = draft.command == null ? Scan.command(around) : draft.command;
            draft.remoteHost = draft.remoteHost == null ? Scan.remoteHost(around) : draft.remoteHost;
            if (draft.replyCode == null && draft.diagnosticText.isEmpty()) {
                draft.text(around);
            }
        }
    }
}
