package jp.todoku.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import jp.todoku.tickets.CreatedTicket;
import jp.todoku.tickets.TicketDraft;
import jp.todoku.tickets.TicketService;

/** Tickets for the console's tests, opened through the real service as the self-service side would. */
final class TestTickets {

    /** A snapshot in the shape the self-service side stores (DiagnosisSnapshot), with a hostile error text. */
    static final String SNAPSHOT = """
            {"kind":"bounce","problem":null,"failures":[{"index":1,"recipient":"taro@example.net","status":"5.2.2",
             "replyCode":"552","reason":"mailboxfull","hardBounce":false,"temporary":false,
             "diagnosticText":"552 5.2.2 Mailbox full <b>quota</b> <script>alert('x')</script>",
             "remoteHost":"mx.example.net","command":"RCPT","knowledgeIds":["reason-mailboxfull"],
             "whoActs":"recipient","listAdvice":"keep"}]}
            """;

    private TestTickets() {
    }

    /** A unique domain, so each test finds only its own tickets in the shared database. */
    static String uniqueDomain(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp";
    }

    static CreatedTicket open(TicketService service, String domain, String errorText, String reason, String provider) {
        TicketDraft draft = TicketDraft.of(domain, Direction.SEND, LocalDate.of(2026, 11, 1), Symptom.ERROR_MAIL,
                        Scope.SOME, "customer@" + domain)
                .withMessage(Instant.parse("2026-11-20T01:00:00Z"), "customer@" + domain, "taro@example.net", errorText)
                .withCustomer("山田 太郎", "昨日から送れません")
                .withDiagnosis(SNAPSHOT, reason, provider);
        return service.open(draft);
    }
}
