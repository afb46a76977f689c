package jp.todoku.selfservice;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.todoku.diagnosis.AddressFinding;
import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.BounceReporter;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;

/**
 * Turns a diagnosis into what the result page shows, in the visitor's language: one card per failed
 * recipient, who wrote the bounce, and the paste with its evidence lines marked. Texts are either
 * knowledge texts (already in the language) or message keys; nothing here is HTML.
 */
final class ResultPage {

    /** The paste is shown up to this many lines; a 2 MB paste would make an unreadable page. */
    static final int SHOWN_LINES = 400;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    record View(String kind, String problemKey, List<Card> cards, Optional<Reporter> reporter, List<PasteLine> paste,
                boolean pasteCut, String primaryReason, String provider) {

        public boolean hasFailures() {
            return !cards.isEmpty();
        }
    }

    record Card(int number, String recipient, String title, String summary, List<String> steps, String whoActsKey,
                String permanenceKey, String listKey, String sideKey, List<String> evidence,
                List<AddressFinding> addressFindings, String reasonKey, String status, String replyCode,
                String remoteHost, String reportingHost, String command, String date, String decodedBy,
                String diagnosticText, String sender, List<String> moreTitles, boolean offerTicket,
                DnsOffer dns) {
    }

    record Reporter(String address, String kindKey, String sideKey) {
    }

    record PasteLine(int number, String text, boolean evidence) {
    }

    private ResultPage() {
    }

    static View of(Diagnosis diagnosis, String pasted, Locale locale, List<String> configuredDomains) {
        Language language = Language.of(locale);
        List<String> ownDomains = configuredDomains.stream().filter(domain -> !domain.isBlank()).toList();
        Optional<BounceReporter> reporter = BounceReporter.find(fromHeader(pasted), ownDomains);
        List<Card> cards = new ArrayList<>();
        Set<String> evidence = new HashSet<>();
        int number = 0;
        for (DeliveryFailure failure : diagnosis.failures()) {
            Card card = card(++number, failure, language, reporter, ownDomains);
            cards.add(card);
            card.evidence().forEach(line -> evidence.add(line.strip()));
        }
        List<String> lines = pasted == null ? List.of() : pasted.lines().limit(SHOWN_LINES + 1L).toList();
        List<PasteLine> paste = new ArrayList<>();
        for (int index = 0; index < Math.min(lines.size(), SHOWN_LINES); index++) {
            String line = lines.get(index);
            paste.add(new PasteLine(index + 1, line, !line.isBlank() && evidence.contains(line.strip())));
        }
        return new View(diagnosis.kind().name(), diagnosis.problem(), cards,
                reporter.filter(found -> found.kind() != BounceReporter.Kind.OTHER)
                        .map(found -> new Reporter(found.address(), "selfservice.reporter.kind." + found.kind().name(),
                                "selfservice.reporter.side." + (ownDomains.isEmpty() ? BounceReporter.Side.UNKNOWN
                                        : found.side()).name())),
                paste, lines.size() > SHOWN_LINES, Diagnoses.primaryReason(diagnosis).orElse(null),
                Diagnoses.provider(diagnosis).orElse(null));
    }

    private static Card card(int number, DeliveryFailure failure, Language language, Optional<BounceReporter> reporter,
                             List<String> ownDomains) {
        Optional<Advice> advice = failure.findAdvice();
        Optional<KnowledgeEntry> best = advice.map(Advice::best);
        KnowledgeEntry.Text text = best.map(entry -> entry.text(language)).orElse(null);
        String permanence = failure.reason().isNotBounce() ? "selfservice.result.permanence.none"
                : failure.temporary() ? "selfservice.result.permanence.temporary"
                : "selfservice.result.permanence.permanent";
        String listKey = advice.map(found -> Knowledge.listDecision(failure, found).messageKey()).orElse(null);
        // Without configured own domains every host would look like "theirs": say we cannot tell instead.
        BounceReporter.Side side = ownDomains.isEmpty() ? BounceReporter.Side.UNKNOWN
                : BounceReporter.rejectingSide(failure.remoteHost(), reporter, ownDomains);
        List<String> more = advice.map(found -> found.others().stream().limit(3)
                .map(entry -> entry.text(language).title()).toList()).orElse(List.of());
        return new Card(number, failure.recipient(),
                text == null ? null : text.title(), text == null ? null : text.summary(),
                text == null ? List.of() : text.steps(),
                best.map(entry -> "selfservice.actor." + entry.whoActs().code()).orElse("selfservice.actor.our-support"),
                permanence, listKey, "selfservice.side." + side.name(),
                advice.map(Advice::evidence).orElse(List.of()),
                addressFindings(failure),
                "reason." + failure.reason().code(),
                failure.findStatus().map(Object::toString).orElse(null),
                failure.findReplyCode().map(Object::toString).orElse(null),
                failure.remoteHost(), failure.reportingHost(),
                failure.findCommand().map(command -> command.label()).orElse(null),
                failure.date() == null ? null : DATE.format(failure.date()), failure.decodedBy(),
                failure.diagnosticText().isBlank() ? null : failure.diagnosticText(), failure.sender(), more,
                advice.map(Advice::offerTicket).orElse(true), DnsOffer.of(failure));
    }

    /** The bounce's own From header (in the header block before the first empty line), if the paste has one. */
    static String fromHeader(String pasted) {
        if (pasted == null) {
            return null;
        }
        int lines = 0;
        for (String line : (Iterable<String>) pasted.lines()::iterator) {
            if (line.isEmpty() || ++lines > 200) {
                return null;
            }
            if (line.regionMatches(true, 0, "From:", 0, 5)) {
                return line.substring(5).strip();
            }
        }
        return null;
    }

    /** The address's own problems, then "did you mean …" when its domain looks like a typo of a common one. */
    private static List<AddressFinding> addressFindings(jp.todoku.diagnosis.DeliveryFailure failure) {
        List<AddressFinding> findings = new java.util.ArrayList<>(failure.findRecipient().map(Knowledge::checkAddress).orElse(List.of()));
        Knowledge.didYouMean(failure.recipient(), failure.reason()).ifPresent(suggestion ->
                findings.add(new AddressFinding("knowledge.address.didYouMean", List.of(suggestion), AddressFinding.Severity.CHECK)));
        return List.copyOf(findings);
    }
}
