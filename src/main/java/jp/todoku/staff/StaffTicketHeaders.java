package jp.todoku.staff;

import java.util.Locale;
import jp.todoku.headers.HeaderAnalyzer;
import jp.todoku.selfservice.HeaderReport;
import jp.todoku.tickets.TicketHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The header analysis a ticket was filed with, for the staff ticket view (issue 13). The kept header
 * fields are analysed again on each view, as saved diagnoses are, so the view follows the engine.
 * An advice, not a change to the ticket controller: the ticket view only gains one model attribute.
 */
@ControllerAdvice(assignableTypes = StaffTicketController.class)
class StaffTicketHeaders {

    private final TicketHeaders ticketHeaders;
    private final HeaderAnalyzer analyzer;

    StaffTicketHeaders(TicketHeaders ticketHeaders, HeaderAnalyzer analyzer) {
        this.ticketHeaders = ticketHeaders;
        this.analyzer = analyzer;
    }

    @ModelAttribute("headerReport")
    HeaderReport headerReport(@PathVariable(name = "reference", required = false) String reference, Locale locale) {
        if (reference == null) {
            return null;
        }
        return ticketHeaders.find(reference).map(analyzer::analyze).filter(analysis -> analysis.readable())
                .map(analysis -> HeaderReport.of(analysis, locale)).orElse(null);
    }
}
