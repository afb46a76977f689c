package jp.todoku.diagnosis.mta;

/** Zoho Mail: notices from mailer-daemon@mail.zoho.com. */
final class ZohoReader extends FamilyReader {

    @Override
    public String name() {
        return "zoho";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerFrom().contains("zoho.com");
    }
}
