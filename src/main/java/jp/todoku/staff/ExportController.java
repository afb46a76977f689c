package jp.todoku.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.todoku.tickets.TicketQuery;
import jp.todoku.tickets.TicketService;
import jp.todoku.tickets.TicketSummary;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The filtered queue as a CSV file for Excel (UTF-8 with BOM), every page of it up to a limit. */
@Controller
class ExportController {

    /** An export is a working list, not a backup: beyond this, narrow the filters. */
    static final int MAX_ROWS = 50_000;
    private static final int BATCH = 1_000;
    private static final List<String> COLUMNS = List.of("reference", "status", "created", "updated", "domain",
            "reason", "reasonName", "provider", "assignee", "name");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(QueueFilter.ZONE);

    private final TicketService tickets;
    private final MessageSource messages;
    private final StaffTime time;
    private final AuditLog audit;
    private final Clock clock;

    ExportController(TicketService tickets, MessageSource messages, StaffTime time, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.time = time;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/staff/tickets/export.csv")
    void export(@ModelAttribute("filter") QueueFilter filter, Principal principal, Locale locale,
                HttpServletResponse response) throws IOException {
        TicketQuery query = filter.toQuery(principal.getName());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"todoku-tickets-" + FILE_DATE.format(clock.instant()) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(writer);
        csv.writeByteOrderMark();
        csv.writeRow(COLUMNS.stream().map(column -> header(column, locale)).toList());
        int rows = 0;
        for (int page = 0; rows < MAX_ROWS; page++) {
            Page<TicketSummary> batch = tickets.queue(query, filter.pageable(page, BATCH));
            for (TicketSummary ticket : batch) {
                csv.writeRow(row(ticket, locale));
                rows++;
            }
            if (!batch.hasNext()) {
                break;
            }
        }
        writer.flush();
        audit.record(principal.getName(), AuditAction.QUEUE_EXPORTED, null, rows + " " + filter.queryString());
    }

    private List<String> row(TicketSummary ticket, Locale locale) {
        // Codes stay as they are (filters and scripts use them); the name column is for people reading the sheet.
        String reasonName = new CodeLabels(messages, locale).findReasonName(ticket.primaryReason()).orElse("");
        return Arrays.asList(ticket.reference(), messages.getMessage(ticket.status().labelKey(), null, locale),
                time.format(ticket.createdAt()), time.format(ticket.updatedAt()), ticket.domain(),
                ticket.primaryReason(), reasonName, ticket.receivingProvider(), ticket.assignee(), ticket.customerName());
    }

    private String header(String column, Locale locale) {
        String key = switch (column) {
            case "name" -> "staff.ticket.name";
            default -> "staff.queue.column." + column;
        };
        return messages.getMessage(key, null, locale);
    }
}
