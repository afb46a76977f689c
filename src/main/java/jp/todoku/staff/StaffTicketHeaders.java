package jp.todoku.staff;

import java.util.Locale;
import jp.todoku.headers.HeaderAnalyzer;
import jp.todoku.selfservice.HeaderReport;
import jp.todoku.tickets.TicketHeaders;
import org.springframework.beans.factory.ObjectProvider;
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

    // Providers, not beans: web slices (@WebMvcTest of any controller) load every controller advice
    // but not the services behind it; the advice is only asked for the staff ticket view.
    private final ObjectProvider<TicketHeaders> ticketHeaders;
    private final ObjectProvider<HeaderAnalyzer> analyzer;

    StaffTicketHeaders(ObjectProvider<TicketHeaders> ticketHeaders, ObjectProvider<HeaderAnalyzer> analyzer) {
        this.ticketHeaders = ticketHeaders;
        this.analyzer = analyzer;
    }

    @ModelAttribute("headerReport")
    HeaderReport headerReport(@PathVariable(name = "reference", required = false) String reference, Locale locale) {
        if (reference == null) {
            return null;
        }
        return ticketHeaders.getObject().find(reference).map(analyzer.getObject()::analyze).filter(analysis -> analysis.readable())
                .map(analysis -> HeaderReport.of(analysis, locale)).orElse(null);
    }
}
