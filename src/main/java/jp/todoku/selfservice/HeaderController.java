package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.todoku.headers.HeaderAnalysis;
import jp.todoku.headers.HeaderAnalyzer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The header page (late mail, the spam folder, mail that never came): paste a message's headers or
 * upload the .eml and see where it waited and how it was judged. The analysis is shown straight from
 * the POST and kept nowhere; only "save a link" (/h/{id}) or filing a ticket keeps the header fields.
 */
@Controller
class HeaderController {

    static final String VIEW = "selfservice/headers";
    static final String PROBLEM_EMPTY = "selfservice.headers.problem.empty";
    static final String PROBLEM_TOO_LARGE = "selfservice.headers.problem.too-large";
    /** The questionnaire's branches that send customers here, each with a lead of its own. */
    private static final Set<String> SITUATIONS = Set.of("late", "spam", "missing");

    private final HeaderAnalyzer analyzer;
    private final SavedHeaders saved;
    private final RateLimiter limiter;
    private final SelfServiceSettings settings;
    private final TicketForms ticketForms;

    HeaderController(HeaderAnalyzer analyzer, SavedHeaders saved, RateLimiter limiter, SelfServiceSettings settings,
                     TicketForms ticketForms) {
        this.analyzer = analyzer;
        this.saved = saved;
        this.limiter = limiter;
        this.settings = settings;
        this.ticketForms = ticketForms;
    }

    @GetMapping("/headers")
    String page(@RequestParam(name = "situation", required = false) String situation,
                @RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers, Model model) {
        return form(model, "", situation, guideAnswers, null);
    }

    @PostMapping("/headers")
    String analyze(@RequestParam(name = "text", required = false) String text,
                   @RequestParam(name = "file", required = false) MultipartFile file,
                   @RequestParam(name = "situation", required = false) String situation,
                   @RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers,
                   HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
            throws IOException {
        limiter.acquire(RateLimiter.Action.DIAGNOSIS, request);
        String typed = text == null ? "" : text;
        String input = typed;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > settings.maxPasteBytes()) {
                response.setStatus(413);
                return form(model, typed, situation, guideAnswers, PROBLEM_TOO_LARGE);
            }
            input = analyzer.headerBlock(analyzer.textOf(file.getBytes()));
        } else if (tooLarge(typed)) {
            response.setStatus(413);
            return form(model, typed, situation, guideAnswers, PROBLEM_TOO_LARGE);
        }
        return result(model, input, typed, situation, guideAnswers, null, locale, response);
    }

    @PostMapping("/headers/save")
    String save(@RequestParam(name = "text", required = false) String text, HttpServletRequest request,
                HttpServletResponse response, Model model, Locale locale) {
        limiter.acquire(RateLimiter.Action.DIAGNOSIS, request);
        String block = text == null || tooLarge(text) ? "" : analyzer.headerBlock(text);
        if (!analyzer.analyze(block).readable()) {
            return result(model, block, "", null, null, null, locale, response);
        }
        return "redirect:/h/" + saved.save(block);
    }

    @GetMapping("/h/{id}")
    String savedAnalysis(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        Optional<SavedHeaders.Saved> found = saved.find(id);
        if (found.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("retentionDays", settings.retention().toDays());
            model.addAttribute("againPath", "/headers");
            return DiagnosisController.EXPIRED_VIEW;
        }
        model.addAttribute("expiresAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(found.get().expiresAt().atZone(ZoneId.of("Asia/Tokyo"))));
        return result(model, found.get().headerText(), "", null, null, found.get().id(), locale, response);
    }

    /** "File a ticket" from the header page: the ticket form, carrying the header fields (not the body). */
    @PostMapping("/headers/ticket")
    String ticket(@RequestParam(name = "text", required = false) String text,
                  @RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers,
                  Model model, Locale locale) {
        String block = text == null || tooLarge(text) ? "" : analyzer.headerBlock(text);
        String view = ticketForms.draft(model, null, guideAnswers, locale);
        if (model.getAttribute("ticketForm") instanceof TicketForm form) {
            HeaderAnalysis analysis = analyzer.analyze(block);
            if (analysis.readable()) {
                form.setHeaderText(block);
                ticketForms.fillFromHeaders(form, analysis);
            }
        }
        return view;
    }

    private String result(Model model, String input, String typed, String situation, String guideAnswers,
                          String savedId, Locale locale, HttpServletResponse response) {
        HeaderAnalysis analysis = analyzer.analyze(input);
        if (!analysis.readable()) {
            response.setStatus(400);
            String key = "selfservice.headers.problem." + analysis.problem().code();
            return form(model, typed, situation, guideAnswers, key);
        }
        model.addAttribute("report", HeaderReport.of(analysis, locale));
        model.addAttribute("headerText", analyzer.headerBlock(input));
        model.addAttribute("savedId", savedId);
        model.addAttribute("retentionDays", settings.retention().toDays());
        return form(model, "", situation, guideAnswers, null);
    }

    private String form(Model model, String text, String situation, String guideAnswers, String problemKey) {
        model.addAttribute("text", text);
        model.addAttribute("situation", situation != null && SITUATIONS.contains(situation) ? situation : null);
        model.addAttribute("guideAnswers", guideAnswers == null ? "" : guideAnswers);
        model.addAttribute("problemKey", problemKey);
        model.addAttribute("maxMegabytes", settings.maxPasteBytes() / (1024 * 1024));
        return VIEW;
    }

    private boolean tooLarge(String text) {
        return (long) text.length() > settings.maxPasteBytes()
                || text.getBytes(StandardCharsets.UTF_8).length > settings.maxPasteBytes();
    }
}
