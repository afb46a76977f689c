package jp.todoku.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.guide.Guide;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The paste page and the diagnosis it leads to. A diagnosis is shown straight from the POST and kept
 * nowhere; only "save a link" stores it (then /d/{id} shows it again until it expires).
 */
@Controller
class DiagnosisController {

    static final String PASTE_VIEW = "selfservice/paste";
    static final String RESULT_VIEW = "selfservice/result";
    static final String EXPIRED_VIEW = "selfservice/expired";
    static final String THANKS_VIEW = "selfservice/thanks";

    private final Diagnoses diagnoses;
    private final SavedDiagnoses saved;
    private final RateLimiter limiter;
    private final SelfServiceSettings settings;
    private final Guide guide;
    private final TicketForms ticketForms;

    DiagnosisController(Diagnoses diagnoses, SavedDiagnoses saved, RateLimiter limiter, SelfServiceSettings settings,
                        Guide guide, TicketForms ticketForms) {
        this.diagnoses = diagnoses;
        this.saved = saved;
        this.limiter = limiter;
        this.settings = settings;
        this.guide = guide;
        this.ticketForms = ticketForms;
    }

    @GetMapping("/diagnose")
    String pastePage(@RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers, Model model) {
        return paste(model, "", guideAnswers, null);
    }

    @PostMapping("/diagnose")
    String diagnose(@RequestParam(name = "text", required = false) String text,
                    @RequestParam(name = "file", required = false) MultipartFile file,
                    @RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers,
                    HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
            throws IOException {
        limiter.acquire(RateLimiter.Action.DIAGNOSIS, request);
        String typed = text == null ? "" : text;
        String pasted = typed;
        Optional<String> problem;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > diagnoses.maxBytes()) {
                problem = Optional.of(Diagnoses.PROBLEM_TOO_LARGE);
            } else {
                byte[] raw = file.getBytes();
                problem = diagnoses.findProblem(raw);
                if (problem.isEmpty()) {
                    Diagnosis diagnosis = diagnoses.diagnose(raw);
                    // The decoded text stands for the upload from here on (evidence lines, save, ticket).
                    pasted = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
                    return result(model, diagnosis, pasted, guideAnswers, null, locale, response);
                }
            }
        } else {
            problem = diagnoses.findProblem(typed);
        }
        if (problem.isPresent()) {
            response.setStatus(problem.get().equals(Diagnoses.PROBLEM_TOO_LARGE) ? 413 : 400);
            // Whatever the customer typed comes back (even 3 MB: the request carried it already).
            return paste(model, typed, guideAnswers, problem.get());
        }
        return result(model, diagnoses.diagnose(pasted), pasted, guideAnswers, null, locale, response);
    }

    @PostMapping("/d")
    String save(@RequestParam(name = "text", required = false) String text, HttpServletRequest request,
                HttpServletResponse response, Model model,
                @RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers) {
        limiter.acquire(RateLimiter.Action.DIAGNOSIS, request);
        Optional<String> problem = diagnoses.findProblem(text);
        if (problem.isPresent()) {
            response.setStatus(400);
            return paste(model, "", guideAnswers, problem.get());
        }
        Diagnosis diagnosis = diagnoses.diagnose(text);
        String id = saved.save(text, diagnoses.snapshotJson(diagnosis), Diagnoses.primaryReason(diagnosis).orElse(null),
                Diagnoses.provider(diagnosis).orElse(null));
        return "redirect:/d/" + id;
    }

    @GetMapping("/d/{id}")
    String savedDiagnosis(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        Optional<SavedDiagnoses.Saved> found = saved.find(id);
        if (found.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("retentionDays", settings.retention().toDays());
            return EXPIRED_VIEW;
        }
        model.addAttribute("expiresAt", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(found.get().expiresAt().atZone(java.time.ZoneId.of("Asia/Tokyo"))));
        return result(model, diagnoses.diagnose(found.get().text()), found.get().text(), null, found.get().id(), locale,
                response);
    }

    @PostMapping("/diagnose/feedback")
    String feedback(@RequestParam(name = "solved") String solved,
                    @RequestParam(name = "reason", required = false) String reason,
                    @RequestParam(name = "provider", required = false) String provider,
                    @RequestParam(name = "savedId", required = false) String savedId,
                    @RequestParam(name = "text", required = false) String text,
                    @RequestParam(name = CarriedAnswers.FIELD, required = false) String guideAnswers,
                    HttpServletRequest request, Model model, Locale locale) {
        limiter.acquire(RateLimiter.Action.DIAGNOSIS, request);
        boolean yes = "yes".equals(solved);
        saved.recordFeedback(yes, reason, provider, savedId);
        if (yes) {
            return THANKS_VIEW;
        }
        model.addAttribute("notSolved", true);
        return ticketForms.draft(model, text, guideAnswers, locale);
    }

    private String paste(Model model, String text, String guideAnswers, String problemKey) {
        model.addAttribute("text", text);
        model.addAttribute("guideAnswers", CarriedAnswers.encode(CarriedAnswers.decode(guideAnswers, guide)));
        model.addAttribute("fromGuide", !CarriedAnswers.decode(guideAnswers, guide).isEmpty());
        model.addAttribute("problemKey", problemKey);
        model.addAttribute("maxMegabytes", diagnoses.maxBytes() / (1024 * 1024));
        return PASTE_VIEW;
    }

    private String result(Model model, Diagnosis diagnosis, String pasted, String guideAnswers, String savedId,
                          Locale locale, HttpServletResponse response) {
        if (diagnosis.kind() == Diagnosis.Kind.UNREADABLE) {
            response.setStatus(400);
            String key = Diagnoses.PROBLEM_TOO_LARGE.equals(diagnosis.problem()) ? Diagnoses.PROBLEM_TOO_LARGE
                    : diagnosis.findProblem().orElse(Diagnoses.PROBLEM_EMPTY);
            return paste(model, pasted, guideAnswers, key);
        }
        model.addAttribute("result", ResultPage.of(diagnosis, pasted, locale, settings.ownDomains()));
        model.addAttribute("text", pasted);
        model.addAttribute("guideAnswers", CarriedAnswers.encode(CarriedAnswers.decode(guideAnswers, guide)));
        model.addAttribute("savedId", savedId);
        model.addAttribute("retentionDays", settings.retention().toDays());
        return RESULT_VIEW;
    }
}
