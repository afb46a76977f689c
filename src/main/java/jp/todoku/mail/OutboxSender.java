package jp.todoku.mail;

import jakarta.mail.MessagingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sender job: claims due outbox rows, hands each to the relay and marks it sent. A failure waits
 * {@code firstRetry}, then twice as long each time (capped at six hours), until {@code maxAttempts};
 * then the row is FAILED and staff see it on the ticket. Rows to an address known dead are not sent.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final Contacts contacts;
    private final MessageComposer composer;
    private final ObjectProvider<JavaMailSender> relay;
    private final MailSwitch mail;
    private final MailSettings settings;
    private final Clock clock;
    /** Which instance holds a claim: host and process, plus a random part for two senders in one JVM. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    OutboxSender(Outbox outbox, Contacts contacts, MessageComposer composer, ObjectProvider<JavaMailSender> relay,
                 MailSwitch mail, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.composer = composer;
        this.relay = relay;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    // One sender at a time across instances (issue 10), held at most one lease: the row claims below
    // already keep two senders from mailing one row twice; the lock spares the others the polling.
    @Scheduled(initialDelayString = "${todoku.mail.send-interval:15s}", fixedDelayString = "${todoku.mail.send-interval:15s}")
    @SchedulerLock(name = "mail-outbox-sender", lockAtMostFor = "${todoku.mail.lease:5m}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException unexpected) {
            // The next run tries again; a scheduler thread that dies would stop all mail.
            log.warn("mail sender run failed: {}", unexpected.toString());
        }
    }

    /** Sends what is due now; returns how many rows were sent. */
    int sendDue() {
        JavaMailSender sender = relay.getIfAvailable();
        if (!mail.isOn() || sender == null) {
            return 0;
        }
        int sent = 0;
        List<OutboxRow> rows;
        do {
            rows = outbox.claimDue(instance, sendableKinds(), BATCH);
            for (OutboxRow row : rows) {
                sent += deliver(row, sender) ? 1 : 0;
            }
        } while (rows.size() == BATCH);
        return sent;
    }

    /** Rows with a link wait until links can be made (TODOKU_PUBLIC_URL and the link key). */
    private Set<OutboxKind> sendableKinds() {
        Set<OutboxKind> kinds = EnumSet.noneOf(OutboxKind.class);
        for (OutboxKind kind : OutboxKind.values()) {
            boolean ready = kind.carriesStatusLink() ? mail.canMakeStatusLinks() : kind != OutboxKind.ANSWER || mail.canMakeLinks();
            if (ready) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private boolean deliver(OutboxRow row, JavaMailSender sender) {
        var dead = contacts.findDead(row.recipient());
        if (dead.isPresent()) {
            outbox.markSuppressed(row.id(), instance, dead.get().reason());
            return false;
        }
        try {
            sender.send(composer.compose(row));
        } catch (MessagingException | RuntimeException failed) {
            retryLater(row, failed);
            return false;
        }
        if (!outbox.markSent(row.id(), instance)) {
            // Our lease ran out while the relay took its time and another instance claimed the row.
            log.warn("outbox row {} was sent after its claim expired", row.id());
        }
        return true;
    }

    private void retryLater(OutboxRow row, Exception failed) {
        String error = failed.getClass().getSimpleName() + ": " + failed.getMessage();
        if (row.attempts() >= settings.maxAttempts()) {
            outbox.markFailed(row.id(), instance, error);
            log.warn("outbox row {} failed for good after {} attempts", row.id(), row.attempts());
            return;
        }
        outbox.markRetry(row.id(), instance, clock.instant().plus(backoff(row.attempts())), error);
    }

    /** The wait after the n-th failed attempt: firstRetry, 2x, 4x ... at most six hours. */
    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    String instance() {
        return instance;
    }

    Instant now() {
        return clock.instant();
    }
}
