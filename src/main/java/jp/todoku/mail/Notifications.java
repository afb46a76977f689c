package jp.todoku.mail;

import jp.todoku.diagnosis.Language;
import jp.todoku.tickets.TicketActivity;
import jp.todoku.tickets.TicketOpened;
import jp.todoku.tickets.TicketStatus;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns ticket events into outbox rows. The tickets service publishes inside its transaction and
 * this listener is a plain (synchronous) one, so the rows commit or roll back with the change.
 * Rows are written even while mail is off: they wait, and nothing is lost when a relay is configured.
 */
@Component
class Notifications {

    private final Outbox outbox;
    private final Threads threads;
    private final StaffSubscriptions subscriptions;
    private final MailSwitch mail;

    Notifications(Outbox outbox, Threads threads, StaffSubscriptions subscriptions, MailSwitch mail) {
        this.outbox = outbox;
        this.threads = threads;
        this.subscriptions = subscriptions;
        this.mail = mail;
    }

    @EventListener
    void opened(TicketOpened opened) {
        // The customer filed the ticket in the language the page spoke to them in.
        Language language = Language.of(LocaleContextHolder.getLocale());
        String sealed = mail.seal().map(seal -> seal.seal(opened.rawToken())).orElse(null);
        threads.start(opened.reference(), opened.contact(), language, sealed, opened.at());
        outbox.add(NewMail.toCustomer(OutboxKind.RECEIVED, opened.reference(), opened.contact(), language,
                TicketStatus.NEW.name(), null));
        for (StaffSubscriptions.Subscription staff : subscriptions.forNewTickets()) {
            outbox.add(NewMail.toCustomer(OutboxKind.STAFF_NEW_TICKET, opened.reference(), staff.address(),
                    Language.JA, TicketStatus.NEW.name(), null));
        }
    }

    @EventListener
    void happened(TicketActivity activity) {
        switch (activity.kind()) {
            case PUBLIC_REPLY -> toCustomer(activity, OutboxKind.REPLY, activity.text());
            case STATUS_CHANGED -> {
                if (activity.status() == TicketStatus.WAITING_FOR_CUSTOMER || activity.status() == TicketStatus.RESOLVED) {
                    toCustomer(activity, OutboxKind.STATUS, null);
                }
            }
            case CUSTOMER_REPLY -> {
                for (StaffSubscriptions.Subscription staff : subscriptions.forCustomerReplies()) {
                    outbox.add(NewMail.toCustomer(OutboxKind.STAFF_CUSTOMER_REPLY, activity.reference(),
                            staff.address(), Language.JA, activity.status().name(), activity.text()));
                }
            }
            default -> {
                // Assignments, notes and field changes are staff business; nobody is mailed.
            }
        }
    }

    private void toCustomer(TicketActivity activity, OutboxKind kind, String text) {
        Language language = threads.find(activity.reference()).map(Threads.Thread::language).orElse(Language.JA);
        outbox.add(NewMail.toCustomer(kind, activity.reference(), activity.contact(), language,
                activity.status().name(), text));
    }
}
