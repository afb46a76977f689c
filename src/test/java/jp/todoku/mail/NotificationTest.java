package jp.todoku.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketDraft;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** Notifications through the outbox to GreenMail's SMTP server: what is sent when, and its headers. */
@MailTest
class NotificationTest {

    private static final Pattern STATUS_LINK = Pattern.compile("https://help\\.example\\.jp/status/(TD-[0-9-]+)\\?token=([A-Za-z0-9_-]{32})");

    @Autowired
    TicketService tickets;
    @Autowired
    OutboxSender sender;
    @Autowired
    Outbox outbox;

    private final GreenMail servers = MailServers.get();

    @BeforeEach
    void clean() throws Exception {
        sender.sendDue();
        servers.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    static CreatedTicket open(TicketService tickets, String contact, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            return tickets.open(TicketDraft.of("example.net", Direction.SEND, LocalDate.of(2026, 11, 1),
                    Symptom.ERROR_MAIL, Scope.SOME, contact));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    static String uniqueContact() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aPublicReplyMailsTheCustomerInOneThreadWithTheStatusLink() throws Exception {
        String contact = uniqueContact();
        CreatedTicket ticket = open(tickets, contact, Locale.JAPANESE);
        var detail = tickets.findForStaff(ticket.reference()).orElseThrow();
        tickets.addPublicReply(ticket.reference(), detail.version(), "設定を確認しました。もう一度送ってください。", "agent");

        assertThat(sender.sendDue()).isEqualTo(2);
        List<MimeMessage> mails = to(contact);
        assertThat(mails).hasSize(2);
        MimeMessage received = mails.get(0);
        MimeMessage reply = mails.get(1);

        String root = "<" + ticket.reference().toLowerCase(Locale.ROOT) + "@example.jp>";
        for (MimeMessage mail : mails) {
            assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo(root);
            assertThat(mail.getHeader("References", null)).isEqualTo(root);
            assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
            assertThat(mail.getSubject()).startsWith("[" + ticket.reference() + "] ");
            assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress())
                    .isEqualTo("support+" + ticket.reference() + "@example.jp");
            assertThat(mail.getHeader("Return-Path", null)).matches("<support\\+b\\d+-[0-9a-f]{10}@example\\.jp>");
            assertThat(mail.getMessageID()).matches("<td\\.[0-9a-f]{24}@example\\.jp>");
        }
        assertThat(received.getMessageID()).isNotEqualTo(reply.getMessageID());
        // The raw header is RFC 2047 encoded; a mail client shows Japanese.
        assertThat(jakarta.mail.internet.MimeUtility.unfold(reply.getHeader("Subject", null))).startsWith("[" + ticket.reference() + "] =?UTF-8?B?");
        assertThat(reply.getSubject()).isEqualTo("[" + ticket.reference() + "] サポートから返信があります");
        assertThat(reply.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        Mails.keepSample(reply, "notification.eml");
        String body = (String) reply.getContent();
        assertThat(body).contains("お問い合わせ " + ticket.reference() + " にサポートから返信がありました。")
                .contains("設定を確認しました。もう一度送ってください。")
                .doesNotContain("#{").doesNotContain("??");

        Matcher link = STATUS_LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(link.group(1)).isEqualTo(ticket.reference());
        assertThat(link.group(2)).isEqualTo(ticket.rawToken());
        assertThat(tickets.findForCustomer(ticket.reference(), link.group(2))).isPresent();

        assertThat(outbox.forTicket(ticket.reference())).extracting(OutboxRow::state)
                .containsExactly(OutboxState.SENT, OutboxState.SENT);
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void statusMailsOnlyForWaitingAndResolvedAndInTheTicketsLanguage() throws Exception {
        String contact = uniqueContact();
        CreatedTicket ticket = open(tickets, contact, Locale.ENGLISH);
        long version = tickets.findForStaff(ticket.reference()).orElseThrow().version();
        version = tickets.changeStatus(ticket.reference(), version, TicketStatus.IN_PROGRESS, "agent").version();
        version = tickets.addInternalNote(ticket.reference(), version, "internal only", "agent").version();
        tickets.changeStatus(ticket.reference(), version, TicketStatus.RESOLVED, "agent");

        sender.sendDue();
        List<MimeMessage> mails = to(contact);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
                "[" + ticket.reference() + "] We received your request",
                "[" + ticket.reference() + "] Your request is now \"Resolved\"");
        assertThat(mails.get(1).getHeader("Content-Language", null)).isEqualTo("en");
        assertThat((String) mails.get(1).getContent()).doesNotContain("internal only");
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(servers.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> ((InternetAddress) to).getAddress().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
