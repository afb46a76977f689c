package jp.todoku.diagnosis.mta;

/** The standard delivery status notification (RFC 3464), whoever wrote it. */
final class Rfc3464Reader extends FamilyReader {

    @Override
    public String name() {
        return "rfc3464";
    }

    @Override
    public boolean recognises(Context context) {
        return context.hasDeliveryStatus();
    }
}
