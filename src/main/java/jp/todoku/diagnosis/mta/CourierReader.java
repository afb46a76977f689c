package jp.todoku.diagnosis.mta;

/** Courier mail server: "... running the Courier mail server, version ..." */
final class CourierReader extends FamilyReader {

    @Override
    public String name() {
        return "courier";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("courier mail server");
    }
}
