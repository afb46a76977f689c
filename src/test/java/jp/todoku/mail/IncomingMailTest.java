package jp.todoku.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketEventKind;
import jp.todoku.tickets.TicketEventView;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The support mailbox read over GreenMail's IMAP server, and what Todoku does with each message. */
@MailTest
class IncomingMailTest {

    private static final Pattern FORM_LINK = Pattern.compile("https://help\\.example\\.jp(/tickets/new\\?diagnosis=[A-Za-z0-9_-]{24})");
    static final String BOUNCE = Mails.resource("/selfservice/postfix-unknown-user.eml");

    @Autowired
    MailboxReader reader;
    @Autowired
    OutboxSender sender;
    @Autowired
    Outbox outbox;
    @Autowired
    Contacts contacts;
    @Autowired
    Inbox inbox;
    @Autowired
    TicketService tickets;
    @Autowired
    MockMvc web;

    private final GreenMail servers = MailServers.get();

    @BeforeEach
    void clean() throws Exception {
        reader.poll();
        sender.sendDue();
        servers.purgeEmailFromAllMailboxes();
    }

    static String person() {
        return "hanako-" + UUID.randomUUID().toString().substring(0, 8) + "@shop-sakura.test";
    }

    static String inlineForward(String from, String bounce) {
        return "From: Hanako <" + from + ">\nTo: support@example.jp\nSubject: Fwd: Undelivered Mail Returned to Sender\n"
                + "Message-ID: <fwd-" + UUID.randomUUID() + "@shop-sakura.test>\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                + "このエラーが返ってきました。\n\n---------- Forwarded message ---------\n" + bounce;
    }

    /** Outlook's "forward as attachment": the bounce travels as a message/rfc822 part with a file name. */
    static String attachedForward(String from, String bounce) {
        return "From: Hanako <" + from + ">\nTo: support@example.jp\nSubject: FW: Undelivered Mail Returned to Sender\n"
                + "Message-ID: <fwd-" + UUID.randomUUID() + "@shop-sakura.test>\nMIME-Version: 1.0\n"
                + "Content-Language: en-US\nX-MS-Has-Attach: yes\n"
                + "Content-Type: multipart/mixed; boundary=\"_004_outlook_\"\n\n"
                + "--_004_outlook_\nContent-Type: text/plain; charset=us-ascii\n\nPlease see the attached bounce.\n\n"
                + "--_004_outlook_\nContent-Type: message/rfc822\n"
                + "Content-Disposition: attachment; filename=\"Undelivered Mail Returned to Sender.eml\"\n\n"
                + bounce + "\n--_004_outlook_--\n";
    }

    @Test
    void aForwardedBounceIsAnsweredWithItsDiagnosisAndALinkToThePrefilledForm() throws Exception {
        String customer = person();
        Mails.deliverToSupport(servers, inlineForward(customer, BOUNCE));
        assertThat(reader.poll()).isEqualTo(1);
        assertThat(sender.sendDue()).isEqualTo(1);

        List<MimeMessage> answers = Mails.to(servers, customer);
        assertThat(answers).hasSize(1);
        MimeMessage answer = answers.get(0);
        assertThat(answer.getSubject()).startsWith("Re: Fwd: Undelivered Mail Returned to Sender");
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(answer.getHeader("In-Reply-To", null)).startsWith("<fwd-");
        Mails.keepSample(answer, "answer.eml");
        String body = (String) answer.getContent();
        assertThat(body).contains("taro.yamada@customer-corp.test").contains("(userunknown)")
                .contains("転送いただいたエラーメールを自動で診断しました。");
        Matcher link = FORM_LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        web.perform(get(link.group(1)).locale(Locale.JAPANESE)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("taro.yamada@customer-corp.test")));

        // Read again (a restart, or a second instance): nothing is handled twice, nothing is answered twice.
        assertThat(reader.poll()).isZero();
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void outlooksForwardAsAttachmentIsDiagnosedTooAndAnsweredInEnglish() throws Exception {
        String customer = person();
        Mails.deliverToSupport(servers, attachedForward(customer, BOUNCE));
        reader.poll();
        sender.sendDue();
        MimeMessage answer = Mails.to(servers, customer).get(0);
        assertThat((String) answer.getContent()).contains("We diagnosed the error mail you forwarded.")
                .contains("taro.yamada@customer-corp.test").contains("(userunknown)");
    }

    @Test
    void theLoopGuardAnswersOneSenderOncePerPeriod() throws Exception {
        String customer = person();
        Mails.deliverToSupport(servers, inlineForward(customer, BOUNCE));
        Mails.deliverToSupport(servers, inlineForward(customer, BOUNCE));
        assertThat(reader.poll()).isEqualTo(2);
        sender.sendDue();
        assertThat(Mails.to(servers, customer)).hasSize(1);
        assertThat(inbox.recent(2)).extracting(Inbox.Entry::outcome)
                .containsExactly(InboxOutcome.ANSWER_SUPPRESSED, InboxOutcome.ANSWERED);
    }

    @Test
    void autoRepliesListsAndBouncesAreNeverAnswered() throws Exception {
        String robot = person();
        Mails.deliverToSupport(servers, "From: " + robot + "\nTo: support@example.jp\nSubject: Out of Office\n"
                + "Auto-Submitted: auto-replied\nContent-Type: text/plain\n\nI am away.\n\n" + BOUNCE);
        Mails.deliverToSupport(servers, "From: " + robot + "\nTo: support@example.jp\nSubject: Fwd: digest\n"
                + "List-Id: <news.example.org>\nContent-Type: text/plain\n\n---------- Forwarded message ---------\n" + BOUNCE);
        Mails.deliverToSupport(servers, BOUNCE.replace("hanako@shop-sakura.test", robot));
        assertThat(reader.poll()).isEqualTo(3);
        sender.sendDue();
        assertThat(Mails.to(servers, robot)).isEmpty();
        // Read in one poll, the three can share a timestamp: their order in the inbox list is not the point.
        assertThat(inbox.recent(3)).extracting(Inbox.Entry::outcome)
                .containsExactlyInAnyOrder(InboxOutcome.KEPT, InboxOutcome.IGNORED_AUTOMATIC, InboxOutcome.IGNORED_AUTOMATIC);
    }

    @Test
    void aReplyWithTheTicketReferenceIsAddedToThatTicket() throws Exception {
        String contact = NotificationTest.uniqueContact();
        CreatedTicket ticket = NotificationTest.open(tickets, contact, Locale.JAPANESE);
        Mails.deliverToSupport(servers, "From: " + contact + "\nTo: support+" + ticket.reference() + "@example.jp\n"
                + "Subject: Re: [" + ticket.reference() + "] お問い合わせを受け付けました\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                + "今朝もう一度送りましたが、同じエラーでした。\n\n2026年12月3日 10:00 届く サポート <support@example.jp>:\n"
                + "> お問い合わせ " + ticket.reference() + " を受け付けました。\n");
        // The same reference from someone else is not the customer: kept for staff, not added.
        Mails.deliverToSupport(servers, "From: stranger@example.com\nTo: support@example.jp\n"
                + "Subject: [" + ticket.reference() + "] hello\nContent-Type: text/plain\n\nLet me in.\n");
        assertThat(reader.poll()).isEqualTo(2);

        List<TicketEventView> replies = tickets.history(ticket.reference()).stream()
                .filter(event -> event.kind() == TicketEventKind.CUSTOMER_REPLY).toList();
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).text()).startsWith("今朝もう一度送りましたが、同じエラーでした。")
                .doesNotContain("> お問い合わせ");
        assertThat(inbox.recent(2)).extracting(Inbox.Entry::outcome)
                .containsExactly(InboxOutcome.KEPT, InboxOutcome.REPLY_APPENDED);
        assertThat(inbox.kept()).extracting(Inbox.Entry::sender).contains("stranger@example.com");
    }

    @Test
    void aBounceOfOurNotificationMarksTheContactDeadAndStopsMailingIt() throws Exception {
        String contact = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@customer-corp.test";
        CreatedTicket ticket = NotificationTest.open(tickets, contact, Locale.JAPANESE);
        sender.sendDue();
        MimeMessage notification = Mails.to(servers, contact).get(0);
        String returnPath = notification.getHeader("Return-Path", null).replaceAll("[<>]", "");

        String bounce = BOUNCE.replace("hanako@shop-sakura.test", returnPath)
                .replace("taro.yamada@customer-corp.test", contact)
                .replace("<quote-1204@shop-sakura.test>", notification.getMessageID());
        Mails.deliverToSupport(servers, bounce);
        assertThat(reader.poll()).isEqualTo(1);

        assertThat(contacts.findDead(contact)).hasValueSatisfying(dead -> assertThat(dead.reason()).isEqualTo("userunknown"));
        assertThat(outbox.forTicket(ticket.reference())).extracting(OutboxRow::state).containsExactly(OutboxState.BOUNCED);

        long version = tickets.findForStaff(ticket.reference()).orElseThrow().version();
        tickets.addPublicReply(ticket.reference(), version, "届いていますか?", "agent");
        assertThat(sender.sendDue()).isZero();
        assertThat(outbox.forTicket(ticket.reference())).extracting(OutboxRow::state)
                .containsExactly(OutboxState.BOUNCED, OutboxState.SUPPRESSED);
        assertThat(Mails.to(servers, contact)).hasSize(1);

        // Staff see it on the ticket, with the reason, beside what was sent and what was not.
        web.perform(get("/staff/tickets/" + ticket.reference()).locale(Locale.JAPANESE)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("この連絡先に届きません")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("宛先のアドレスが存在しない")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("送信せず(届かない連絡先)")));
        web.perform(get("/staff/mail").locale(Locale.JAPANESE)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(contact)));
    }
}
