package jp.todoku.diagnosis.mta;

/** McAfee Email and Web Security appliances: an X-NAI-Header on the notice. */
final class McAfeeReader extends FamilyReader {

    @Override
    public String name() {
        return "mcafee";
    }

    @Override
    public boolean recognises(Context context) {
        return context.headers().has("x-nai-header");
    }
}
