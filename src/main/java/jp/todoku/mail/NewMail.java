package jp.todoku.mail;

import java.util.Objects;
import jp.todoku.diagnosis.Language;

/** A row to put into the outbox. Optional fields are null. */
record NewMail(OutboxKind kind, String ticketReference, String recipient, Language language, String ticketStatus,
               String bodyText, String answeredSubject, String answeredId, String linkPath) {

    NewMail {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(language);
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        recipient = recipient.strip();
    }

    static NewMail toCustomer(OutboxKind kind, String reference, String contact, Language language, String status,
                              String text) {
        return new NewMail(kind, reference, contact, language, status, text, null, null, null);
    }
}
