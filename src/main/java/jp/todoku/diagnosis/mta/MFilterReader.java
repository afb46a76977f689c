package jp.todoku.diagnosis.mta;

/** Digital Arts m-FILTER: X-Mailer "m-FILTER", Japanese notice with "server message" sections. */
final class MFilterReader extends FamilyReader {

    @Override
    public String name() {
        return "mfilter";
    }

    @Override
    public boolean recognises(Context context) {
        return context.headers().get("x-mailer").toLowerCase(java.util.Locale.ROOT).contains("m-filter");
    }
}
