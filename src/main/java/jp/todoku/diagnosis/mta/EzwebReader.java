package jp.todoku.diagnosis.mta;

/** au (KDDI) EZweb mail: notices from Postmaster@ezweb.ne.jp. */
final class EzwebReader extends FamilyReader {

    @Override
    public String name() {
        return "ezweb";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerFrom().contains("@ezweb.ne.jp");
    }
}
