package jp.todoku.diagnosis.mta;

/** OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." */
final class OpenSmtpdReader extends FamilyReader {

    @Override
    public String name() {
        return "opensmtpd";
    }

    @Override
    public boolean recognises(Context context) {
        return context.lowerErrorText().contains("this is the mailer-daemon, please do not reply");
    }
}
