package jp.todoku.selfservice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;
import jp.todoku.guide.AnsweredQuestion;
import jp.todoku.guide.Answers;
import jp.todoku.guide.Ask;
import jp.todoku.guide.Finding;
import jp.todoku.guide.Guide;
import jp.todoku.guide.Outcome;
import jp.todoku.guide.Step;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The questionnaire, one question per page. Every answer travels in the URL (GET forms), so the
 * browser's back and forward buttons and a bookmark keep them; no session and no JavaScript needed.
 */
@Controller
class GuideController {

    static final String QUESTION_VIEW = "selfservice/guide-question";
    static final String OUTCOME_VIEW = "selfservice/guide-outcome";
    static final String REVISIT = "revisit";

    private final Guide guide;
    private final Knowledge knowledge;

    GuideController(Guide guide, Knowledge knowledge) {
        this.guide = guide;
        this.knowledge = knowledge;
    }

    /** A link on a summary or back button: the path and the answers as query parameters. */
    record Answered(AnsweredQuestion answer, String changeLink) {
    }

    /** One finding with the knowledge entry it links to, in the visitor's language. */
    record FindingView(Finding finding, Optional<KnowledgeEntry.Text> knowledge) {
    }

    @GetMapping("/guide")
    String guide(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        Answers answers = guide.answersFrom(parameters);
        Optional<String> revisit = Optional.ofNullable(parameters.get(REVISIT));
        Step step = revisit.isPresent() ? guide.revisit(answers, revisit.get()) : guide.next(answers);
        List<Answered> path = new ArrayList<>();
        for (AnsweredQuestion answered : step.path()) {
            path.add(new Answered(answered, link("/guide", answers, answered.questionId())));
        }
        model.addAttribute("path", path);
        model.addAttribute("keptQuery", keptQuery(parameters));
        if (step instanceof Ask ask) {
            model.addAttribute("ask", ask);
            model.addAttribute("carried", ask.carried().toMap());
            model.addAttribute("today", guide.today());
            model.addAttribute("backLink", ask.path().isEmpty() ? null
                    : link("/guide", answers, ask.path().get(ask.path().size() - 1).questionId()));
            return QUESTION_VIEW;
        }
        Outcome outcome = (Outcome) step;
        Language language = Language.of(locale);
        model.addAttribute("outcome", outcome);
        model.addAttribute("findings", outcome.findings().stream()
                .map(finding -> new FindingView(finding, finding.knowledgeId().flatMap(knowledge::find)
                        .map(entry -> entry.text(language))))
                .toList());
        String carried = CarriedAnswers.encode(outcome.answers());
        model.addAttribute("guideCarried", carried);
        model.addAttribute("pasteLink", UriComponentsBuilder.fromPath("/diagnose")
                .queryParam(CarriedAnswers.FIELD, "{answers}").encode().buildAndExpand(carried).toUriString());
        model.addAttribute("ticketLink", UriComponentsBuilder.fromPath("/tickets/new")
                .queryParam(CarriedAnswers.FIELD, "{answers}").encode().buildAndExpand(carried).toUriString());
        return OUTCOME_VIEW;
    }

    /** The current answers as a query prefix, so the language switch keeps them ("a=1&b=2&"). */
    private String keptQuery(Map<String, String> parameters) {
        Map<String, String> kept = new LinkedHashMap<>(guide.answersFrom(parameters).toMap());
        Optional.ofNullable(parameters.get(REVISIT)).ifPresent(question -> kept.put(REVISIT, question));
        String query = CarriedAnswers.encode(Answers.of(kept));
        return query.isEmpty() ? "" : query + "&";
    }

    private static String link(String path, Answers answers, String revisit) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        Map<String, String> values = new LinkedHashMap<>(answers.toMap());
        int index = 0;
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            builder.queryParam(entry.getKey(), "{v" + index + "}");
            variables.put("v" + index++, entry.getValue());
        }
        builder.queryParam(REVISIT, "{revisit}");
        variables.put("revisit", revisit);
        return builder.encode().buildAndExpand(variables).toUriString();
    }
}
