package jp.todoku.diagnosis.mta;

import java.util.Optional;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * Gmail's older notices end the remote server's reply with "(state N)": the step of Gmail's SMTP
 * client at which the other server refused ("550 550 5.1.1 ... User Unknown (state 14)"). The numbers
 * and the steps are read off Gmail's notices quoted in its help forum and in the Sisimai project's
 * Gmail reader (BSD-2): 6 STARTTLS, 8/9/12 AUTH, 13 EHLO, 14 RCPT TO, 15/17/18 after DATA. What a
 * refusal at that step means when the reply itself carries only a class code is the reason here; a
 * specific status code in the reply still decides (see {@link GmailReader}).
 */
enum GmailState {
    TLS(6, SmtpCommand.STARTTLS, Reason.FAILED_STARTTLS),
    AUTHENTICATION(8, SmtpCommand.AUTH, Reason.SYSTEM_ERROR),
    TLS_CERTIFICATE(9, SmtpCommand.AUTH, Reason.FAILED_STARTTLS),
    AUTHENTICATED_RELAY(12, SmtpCommand.AUTH, Reason.NO_RELAYING),
    GREETING(13, SmtpCommand.EHLO, Reason.BLOCKED),
    RECIPIENT(14, SmtpCommand.RCPT, Reason.USER_UNKNOWN),
    DATA(15, SmtpCommand.DATA, Reason.FILTERED),
    MESSAGE(17, SmtpCommand.DATA, Reason.FILTERED),
    END_OF_DATA(18, SmtpCommand.DATA, Reason.FILTERED);

    private static final String MARK = "(state ";

    private final int number;
    private final SmtpCommand command;
    private final Reason reason;

    GmailState(int number, SmtpCommand command, Reason reason) {
        this.number = number;
        this.command = command;
        this.reason = reason;
    }

    SmtpCommand command() {
        return command;
    }

    Reason reason() {
        return reason;
    }

    /** The state the text names in "(state N)", if it is one Gmail is known to write. */
    static Optional<GmailState> of(String text) {
        int at = text.lastIndexOf(MARK);
        if (at < 0) {
            return Optional.empty();
        }
        int number = 0;
        int digits = 0;
        for (int i = at + MARK.length(); i < text.length() && digits < 3 && Character.isDigit(text.charAt(i)); i++, digits++) {
            number = number * 10 + (text.charAt(i) - '0');
        }
        if (digits == 0) {
            return Optional.empty();
        }
        for (GmailState state : values()) {
            if (state.number == number) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
