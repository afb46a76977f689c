package jp.todoku.diagnosis.mta;

/** Ipswitch IMail Server: X-Mailer "<SMTP32 v...>" or "<IMail v...>". */
final class IMailServerReader extends FamilyReader {

    @Override
    public String name() {
        return "imailserver";
    }

    @Override
    public boolean recognises(Context context) {
        String mailer = context.headers().get("x-mailer").toLowerCase(java.util.Locale.ROOT);
        return mailer.contains("<smtp32 ") || mailer.contains("<imail ");
    }
}
