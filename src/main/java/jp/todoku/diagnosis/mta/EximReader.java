package jp.todoku.diagnosis.mta;

/** Exim: "This message was created automatically by mail delivery software." */
final class EximReader extends FamilyReader {

    @Override
    public String name() {
        return "exim";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("this message was created automatically by mail delivery software")
                || context.headers().has("x-failed-recipients");
    }
}
