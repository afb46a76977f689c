package jp.todoku.diagnosis.mta;

/** Yahoo! Mail: "Sorry, we were unable to deliver your message to the following address." */
final class YahooReader extends FamilyReader {

    @Override
    public String name() {
        return "yahoo";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("sorry, we were unable to deliver your message to the following address");
    }
}
