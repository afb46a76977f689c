package jp.todoku.diagnosis.mta;

/** Lotus Domino and Notes: "DELIVERY FAILURE:" subjects, "was not delivered to:" ... "because:". */
final class DominoReader extends FamilyReader {

    @Override
    public String name() {
        return "domino";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerSubject().startsWith("delivery failure:") || context.lowerErrorText().contains("------- failure reasons");
    }
}
