package jp.todoku.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Language;
import jp.todoku.diagnosis.Reason;
import jp.todoku.selfservice.Diagnoses;
import jp.todoku.selfservice.SavedDiagnoses;
import jp.todoku.tickets.TicketService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles one message of the support mailbox, in one transaction with its claim row: a bounce of our
 * own notification marks the row (and a dead contact); machine mail is never answered; a reply with
 * a ticket reference is added to the ticket; a forwarded bounce is diagnosed with the same engine as
 * the web pages and answered once per sender and period; anything else is kept for staff.
 */
@Service
class IncomingMail {

    /** Reasons that say the address itself is gone (a full mailbox or a block is not). */
    private static final Set<Reason> DEAD = Set.of(Reason.USER_UNKNOWN, Reason.HOST_UNKNOWN, Reason.HAS_MOVED,
            Reason.NOT_ACCEPT);

    /** What handling decided. */
    record Handled(InboxOutcome outcome, String ticketReference, String detail) {
    }

    private final Inbox inbox;
    private final Outbox outbox;
    private final Contacts contacts;
    private final LoopGuard loopGuard;
    private final AnswerText answers;
    private final Diagnoser diagnoser;
    private final Diagnoses diagnoses;
    private final SavedDiagnoses saved;
    private final TicketService tickets;
    private final MailSwitch mail;

    IncomingMail(Inbox inbox, Outbox outbox, Contacts contacts, LoopGuard loopGuard, AnswerText answers,
                 Diagnoser diagnoser, Diagnoses diagnoses, SavedDiagnoses saved, TicketService tickets, MailSwitch mail) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.contacts = contacts;
        this.loopGuard = loopGuard;
        this.answers = answers;
        this.diagnoser = diagnoser;
        this.diagnoses = diagnoses;
        this.saved = saved;
        this.tickets = tickets;
        this.mail = mail;
    }

    /**
     * Handles the message with this UID unless it was handled before; empty then. A concurrent
     * instance handling the same UID makes the claim fail with a duplicate key, rolling this back.
     */
    @Transactional
    public Optional<Handled> handle(String folder, long uidValidity, long uid, byte[] raw) {
        if (inbox.has(folder, uidValidity, uid)) {
            return Optional.empty();
        }
        IncomingMessage message = IncomingMessage.parse(raw);
        long id = inbox.claim(folder, uidValidity, uid, message);
        Handled handled = decide(message);
        inbox.finish(id, handled.outcome(), handled.ticketReference(), handled.detail(),
                handled.outcome() == InboxOutcome.KEPT ? message.rawText() : null);
        return Optional.of(handled);
    }

    /** Keeps a message whose handling failed, so it is shown to staff and not read again. */
    @Transactional
    public void keep(String folder, long uidValidity, long uid, byte[] raw, String detail) {
        if (inbox.has(folder, uidValidity, uid)) {
            return;
        }
        IncomingMessage message = IncomingMessage.parse(raw);
        long id = inbox.claim(folder, uidValidity, uid, message);
        inbox.finish(id, InboxOutcome.KEPT, null, detail, message.rawText());
    }

    private Handled decide(IncomingMessage message) {
        Optional<String> automatic = message.automaticBecause();
        if (automatic.isPresent()) {
            Optional<Long> ours = mail.seal().flatMap(seal -> MailHeaders.findBouncedRow(message.recipients(), seal)
                    .or(() -> MailHeaders.findBouncedRow(message.rawText(), seal)));
            if (ours.isPresent()) {
                return ourBounce(ours.get(), message);
            }
            boolean report = Set.of("report", "daemon", "null-sender").contains(automatic.get());
            // A bounce we cannot tie to our mail may still matter to staff; robots' chatter does not.
            return new Handled(report ? InboxOutcome.KEPT : InboxOutcome.IGNORED_AUTOMATIC, null, automatic.get());
        }
        Optional<String> reference = MailHeaders.findReference(message.subject())
                .or(() -> MailHeaders.findReference(message.recipients()));
        if (reference.isPresent()) {
            return reply(reference.get(), message);
        }
        Diagnosis diagnosis = diagnoser.diagnose(message.raw());
        if (!diagnosis.failures().isEmpty() && message.from() != null) {
            return answer(message, diagnosis);
        }
        return new Handled(InboxOutcome.KEPT, null, "no-bounce-no-reference");
    }

    private Handled ourBounce(long rowId, IncomingMessage message) {
        Optional<OutboxRow> row = outbox.find(rowId);
        if (row.isEmpty()) {
            return new Handled(InboxOutcome.KEPT, null, "bounce-of-unknown-row");
        }
        String recipient = row.get().recipient();
        Diagnosis diagnosis = diagnoser.diagnose(message.raw());
        Optional<DeliveryFailure> failure = diagnosis.failures().stream()
                .filter(found -> found.findRecipient().map(recipient::equalsIgnoreCase).orElse(false)).findFirst()
                .or(() -> diagnosis.failures().stream().findFirst());
        String reason = failure.map(found -> found.reason().code()).orElse(Reason.UNDEFINED.code());
        outbox.markBounced(rowId, reason);
        if (failure.isPresent() && DEAD.contains(failure.get().reason()) && !failure.get().temporary()) {
            contacts.markDead(recipient, reason, failure.get().diagnosticText(), rowId);
        }
        return new Handled(InboxOutcome.BOUNCE_RECORDED, row.get().ticketReference(), reason);
    }

    private Handled reply(String reference, IncomingMessage message) {
        String text = ReplyText.of(message.text());
        var ticket = tickets.findForStaff(reference);
        if (ticket.isEmpty() || text.isEmpty() || ticket.get().status().isClosed() || message.from() == null) {
            return new Handled(InboxOutcome.KEPT, ticket.isPresent() ? reference : null, "reply-not-appended");
        }
        return tickets.addCustomerReplyByMail(reference, message.from(), text)
                .map(view -> new Handled(InboxOutcome.REPLY_APPENDED, reference, null))
                .orElseGet(() -> new Handled(InboxOutcome.KEPT, reference, "sender-is-not-the-contact"));
    }

    private Handled answer(IncomingMessage message, Diagnosis diagnosis) {
        String reason = diagnosis.failures().get(0).reason().code();
        if (!loopGuard.mayAnswer(message.from())) {
            return new Handled(InboxOutcome.ANSWER_SUPPRESSED, null, reason);
        }
        Language language = languageOf(message);
        String text = new String(message.raw(), StandardCharsets.UTF_8);
        String savedId = saved.save(text, diagnoses.snapshotJson(diagnosis), Diagnoses.primaryReason(diagnosis).orElse(null),
                Diagnoses.provider(diagnosis).orElse(null));
        outbox.add(new NewMail(OutboxKind.ANSWER, null, message.from(), language, null,
                answers.summary(diagnosis, language), message.subject(), message.messageId(), "/tickets/new?diagnosis=" + savedId));
        return new Handled(InboxOutcome.ANSWERED, null, reason);
    }

    /** Japanese unless the sender's client says the mail is English. */
    private static Language languageOf(IncomingMessage message) {
        String declared = message.contentLanguage() == null ? "" : message.contentLanguage().toLowerCase(Locale.ROOT);
        return declared.startsWith("en") ? Language.EN : Language.JA;
    }
}
