package jp.todoku.staff;

import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.Diagnoser;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;
import jp.todoku.tickets.TicketService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The knowledge base for staff: every entry in both languages, search, the tickets that matched an
 * entry, and "try a paste" to see which entry and reason a text gets from the engine.
 */
@Controller
class KnowledgeController {

    static final String LIST_VIEW = "staff/knowledge";
    static final String ENTRY_VIEW = "staff/knowledge-entry";
    /** A paste to try is a bounce or a few lines; the ticket form has its own, larger limit. */
    static final int TRY_LIMIT = 200_000;
    private static final int MATCHED_TICKETS = 50;

    private final Knowledge knowledge = Knowledge.bundled();
    private final Diagnoser diagnoser = Diagnoser.withBundledKnowledge();
    private final TicketService tickets;

    KnowledgeController(TicketService tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/staff/knowledge")
    String list(@RequestParam(required = false) String q, Locale locale, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        List<KnowledgeEntry> entries = query.isEmpty() ? knowledge.entries() : knowledge.search(query);
        model.addAttribute("q", query);
        model.addAttribute("entries", entries.stream().map(EntryRow::of).toList());
        model.addAttribute("total", knowledge.entries().size());
        return LIST_VIEW;
    }

    @PostMapping("/staff/knowledge/try")
    String tryPaste(@RequestParam(defaultValue = "") String paste, Locale locale, Model model) {
        model.addAttribute("paste", paste);
        if (paste.isBlank()) {
            model.addAttribute("error", "staff.knowledge.tryEmpty");
        } else if (paste.length() > TRY_LIMIT) {
            model.addAttribute("error", "staff.knowledge.tryTooLong");
        } else {
            Diagnosis diagnosis = diagnoser.diagnose(paste);
            model.addAttribute("tried", TriedPaste.of(diagnosis, Language.of(locale)));
        }
        return list(null, locale, model);
    }

    @GetMapping("/staff/knowledge/{id}")
    String entry(@PathVariable String id, Locale locale, Model model) {
        KnowledgeEntry entry = knowledge.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entry", EntryRow.of(entry));
        model.addAttribute("japanese", entry.text(Language.JA));
        model.addAttribute("english", entry.text(Language.EN));
        model.addAttribute("details", entry);
        model.addAttribute("related", knowledge.related(entry).stream().map(EntryRow::of).toList());
        model.addAttribute("tickets", tickets.findMentioningKnowledgeEntry(entry.id(), MATCHED_TICKETS));
        model.addAttribute("ticketLimit", MATCHED_TICKETS);
        return ENTRY_VIEW;
    }

    /** One entry in a list: id, what it is about, and its title in both languages. */
    record EntryRow(String id, String category, String reason, String provider, String japaneseTitle,
                    String englishTitle) {

        static EntryRow of(KnowledgeEntry entry) {
            return new EntryRow(entry.id(), entry.category().code(),
                    entry.findReason().map(reason -> reason.code()).orElse(""),
                    entry.findProvider().orElse(""), entry.text(Language.JA).title(), entry.text(Language.EN).title());
        }
    }
}
