package jp.todoku.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox over a relay that is down, a sender that dies mid-sending and two instances at once:
 * every notification reaches GreenMail exactly once. Each "instance" is a new sender (its own claim
 * name) over the same database, as a restarted or second JVM would be.
 */
@MailTest
class OutboxRestartTest {

    @Autowired TicketService tickets;
    @Autowired OutboxSender sender;
    @Autowired Outbox outbox;
    @Autowired Contacts contacts;
    @Autowired MessageComposer composer;
    @Autowired MailSwitch mail;
    @Autowired MailSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DataSource dataSource;
    @Autowired JavaMailSender relay;

    private final GreenMail servers = MailServers.get();

    @BeforeEach
    void clean() throws Exception {
        sender.sendDue();
        servers.purgeEmailFromAllMailboxes();
    }

    private OutboxSender instance(JavaMailSender through, Clock clock) {
        ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(Map.of("relay", through))
                .getBeanProvider(JavaMailSender.class);
        Outbox rows = new Outbox(jdbc, clock, settings, transactions, dataSource);
        return new OutboxSender(rows, contacts, composer, provider, mail, settings, clock);
    }

    private static JavaMailSender deadRelay() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl dead = new JavaMailSenderImpl();
        dead.setHost("127.0.0.1");
        dead.setPort(port);
        return dead;
    }

    private long copiesOf(String messageId) {
        return Arrays.stream(servers.getReceivedMessages()).filter(message -> {
            try {
                return messageId.equals(message.getMessageID());
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    @Test
    void aFailedRelayLeavesTheRowForALaterInstanceThatSendsItOnce() throws Exception {
        CreatedTicket ticket = NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.JAPANESE);
        OutboxSender broken = instance(deadRelay(), Clock.systemUTC());
        assertThat(broken.sendDue()).isZero();
        OutboxRow waiting = outbox.forTicket(ticket.reference()).get(0);
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();

        // "Restart": a new instance, the relay is back.
        OutboxSender restarted = instance(relay, Clock.systemUTC());
        assertThat(restarted.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(restarted.sendDue()).isZero();
        OutboxRow sent = outbox.forTicket(ticket.reference()).get(0);
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(copiesOf(sent.messageId())).isEqualTo(1);
    }

    @Test
    void aRowIsGivenUpAfterTheLastAttemptAndStaffSeeTheError() throws Exception {
        CreatedTicket ticket = NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.JAPANESE);
        OutboxSender broken = instance(deadRelay(), Clock.systemUTC());
        for (int attempt = 0; attempt < settings.maxAttempts(); attempt++) {
            broken.sendDue();
        }
        OutboxRow failed = outbox.forTicket(ticket.reference()).get(0);
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(settings.maxAttempts());
        assertThat(sender.backoff(1)).isEqualTo(settings.firstRetry());
    }

    @Test
    void aSenderThatDiesMidSendingIsReplacedAfterItsLeaseAndNothingIsSentTwice() throws Exception {
        CreatedTicket first = NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.JAPANESE);
        CreatedTicket second = NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.JAPANESE);
        OutboxSender dying = instance(relay, Clock.systemUTC());
        // It claims both rows, sends the first and dies before it can send (or mark) the second.
        Outbox dyingRows = new Outbox(jdbc, Clock.systemUTC(), settings, transactions, dataSource);
        List<OutboxRow> claimed = dyingRows.claimDue(dying.instance(), java.util.EnumSet.allOf(OutboxKind.class), 20);
        OutboxRow firstRow = claimed.stream().filter(row -> first.reference().equals(row.ticketReference())).findFirst().orElseThrow();
        relay.send(composer.compose(firstRow));
        dyingRows.markSent(firstRow.id(), dying.instance());

        // While its lease runs, a restarted instance leaves the claimed row alone.
        OutboxSender restarted = instance(relay, Clock.systemUTC());
        restarted.sendDue();
        OutboxRow secondRow = outbox.forTicket(second.reference()).get(0);
        assertThat(secondRow.state()).isEqualTo(OutboxState.SENDING);
        assertThat(copiesOf(secondRow.messageId())).isZero();

        // After the lease it takes the row over; the dead sender could no longer mark it.
        OutboxSender later = instance(relay, Clock.offset(Clock.systemUTC(), settings.lease().plus(Duration.ofMinutes(1))));
        assertThat(later.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(dyingRows.markSent(secondRow.id(), dying.instance())).isFalse();
        assertThat(copiesOf(firstRow.messageId())).isEqualTo(1);
        assertThat(copiesOf(secondRow.messageId())).isEqualTo(1);
        assertThat(outbox.forTicket(second.reference()).get(0).state()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void twoInstancesSendingAtOnceSendEachRowOnce() throws Exception {
        List<CreatedTicket> opened = List.of(
                NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.JAPANESE),
                NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.JAPANESE),
                NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.ENGLISH),
                NotificationTest.open(tickets, NotificationTest.uniqueContact(), Locale.JAPANESE));
        OutboxSender one = instance(relay, Clock.systemUTC());
        OutboxSender two = instance(relay, Clock.systemUTC());
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(one::sendDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(two::sendDue);
        assertThat(a.get() + b.get()).isEqualTo(opened.size());
        for (CreatedTicket ticket : opened) {
            OutboxRow row = outbox.forTicket(ticket.reference()).get(0);
            assertThat(row.state()).isEqualTo(OutboxState.SENT);
            assertThat(copiesOf(row.messageId())).isEqualTo(1);
        }
    }
}
