package jp.todoku.diagnosis.mta;

/** qmail: "Hi. This is the qmail-send program at ...", the recipient in angle brackets and a colon. */
final class QmailReader extends FamilyReader {

    @Override
    public String name() {
        return "qmail";
    }

    @Override
    public boolean recognises(Context context) {
        String text = context.lowerErrorText();
        return text.contains("this is the qmail-send program") || text.contains("this is the qmail program")
                || text.contains("i'm afraid i wasn't able to deliver your message");
    }
}
