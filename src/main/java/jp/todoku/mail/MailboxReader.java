package jp.todoku.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the support mailbox over IMAP and hands each message not yet handled, by UID, to
 * {@link IncomingMail}. The mailbox is opened read-only: nothing is deleted or moved, so a message
 * Todoku cannot handle is still there for people, and the database alone says what was handled.
 */
@Component
class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    private final MailSettings settings;
    private final IncomingMail incoming;
    private final Inbox inbox;

    MailboxReader(MailSettings settings, IncomingMail incoming, Inbox inbox) {
        this.settings = settings;
        this.incoming = incoming;
        this.inbox = inbox;
    }

    // One reader of the mailbox at a time across instances (issue 10); each UID is claimed in the database
    // as well, so a reader whose lock ran out still cannot handle a message twice.
    @Scheduled(initialDelayString = "${todoku.mail.imap.poll-interval:1m}", fixedDelayString = "${todoku.mail.imap.poll-interval:1m}")
    @SchedulerLock(name = "mail-mailbox-reader", lockAtMostFor = "PT10M")
    void scheduled() {
        try {
            poll();
        } catch (MessagingException | RuntimeException failed) {
            // The mailbox may be down for a while; the next poll starts from the database again.
            log.warn("reading the support mailbox failed: {}", failed.toString());
        }
    }

    /** Reads the new messages once; returns how many were handled by this call. */
    int poll() throws MessagingException {
        MailSettings.Imap imap = settings.imap();
        if (!imap.isConfigured()) {
            return 0;
        }
        Properties properties = new Properties();
        properties.put("mail." + imap.protocol() + ".connectiontimeout", "10000");
        properties.put("mail." + imap.protocol() + ".timeout", "30000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore(imap.protocol())) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return readNew(folder);
            } finally {
                folder.close(false);
            }
        }
    }

    private int readNew(Folder folder) throws MessagingException {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        long last = inbox.lastUid(folder.getFullName(), validity);
        int handled = 0;
        for (Message message : uids.getMessagesByUID(last + 1, UIDFolder.LASTUID)) {
            long uid = uids.getUID(message);
            if (uid <= last) {
                continue; // IMAP answers n:* with the last message even when n is beyond it.
            }
            byte[] raw = bytes(message);
            try {
                if (incoming.handle(folder.getFullName(), validity, uid, raw).isPresent()) {
                    handled++;
                }
            } catch (DataIntegrityViolationException another) {
                // Another instance claimed this UID first; it handles it.
                log.debug("message {} is handled by another instance", uid);
            } catch (RuntimeException failed) {
                // One message that breaks handling must not block the ones after it: keep it for staff.
                log.warn("message {} could not be handled and is kept for staff: {}", uid, failed.toString());
                incoming.keep(folder.getFullName(), validity, uid, raw, failed.getClass().getSimpleName());
                handled++;
            }
        }
        return handled;
    }

    private static byte[] bytes(Message message) throws MessagingException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException unreadable) {
            throw new MessagingException("could not read a message from the mailbox", unreadable);
        }
    }
}
