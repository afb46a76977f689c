package jp.todoku.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * A message that keeps the Message-ID chosen when its outbox row was written: Jakarta Mail would
 * otherwise invent a new one on every attempt, and a retried mail must be recognisable as the same.
 * As an {@link SMTPMessage} it also carries its own envelope sender (the bounce address).
 */
final class ThreadedMessage extends SMTPMessage {

    private final String messageId;

    ThreadedMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
