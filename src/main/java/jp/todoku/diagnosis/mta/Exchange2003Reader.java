package jp.todoku.diagnosis.mta;

/** Microsoft Exchange 2000/2003 and its Internet Mail Service: "did not reach the following recipient(s)" with MSEXCH codes. */
final class Exchange2003Reader extends FamilyReader {

    @Override
    public String name() {
        return "exchange2003";
    }

    @Override
    public boolean recognises(Context context) {
        String mailer = context.headers().get("x-mailer").toLowerCase(java.util.Locale.ROOT);
        return mailer.contains("internet mail service") || mailer.contains("microsoft exchange") || context.errorText().contains("MSEXCH:");
    }
}
