package jp.todoku.diagnosis;

import java.util.Locale;
import java.util.Optional;

/** The SMTP step at which a delivery failed; CONNECT stands for the greeting after connecting. */
public enum SmtpCommand {
    CONNECT, EHLO, HELO, STARTTLS, AUTH, MAIL, RCPT, DATA, BDAT, QUIT;

    public static Optional<SmtpCommand> find(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String upper = word.trim().toUpperCase(Locale.ROOT);
        if (upper.startsWith("MAIL")) {
            return Optional.of(MAIL);
        }
        if (upper.startsWith("RCPT")) {
            return Optional.of(RCPT);
        }
        if (upper.equals("CONN") || upper.equals("CONNECT")) {
            return Optional.of(CONNECT);
        }
        for (SmtpCommand command : values()) {
            if (upper.equals(command.name())) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** The spelling used in reports and JSON: {@code MAIL}, {@code RCPT}, {@code DATA} ... */
    public String label() {
        return this == CONNECT ? "CONN" : name();
    }
}
