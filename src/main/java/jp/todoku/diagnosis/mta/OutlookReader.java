package jp.todoku.diagnosis.mta;

/** Outlook.com and Hotmail: notices from their postmaster with an X-Message-Delivery header. */
final class OutlookReader extends FamilyReader {

    @Override
    public String name() {
        return "outlook";
    }

    @Override
    public boolean recognises(Context context) {
        return context.headers().has("x-message-delivery") || context.lowerFrom().matches(".*@(hotmail|outlook|live|msn)\\.[a-z.]+>?$");
    }
}
