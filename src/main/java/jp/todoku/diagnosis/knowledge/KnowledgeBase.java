package jp.todoku.diagnosis.knowledge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.KnowledgeEntry.Actor;
import jp.todoku.diagnosis.Language;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;

/**
 * The knowledge base's front door: the entries of classpath:knowledge/, loaded once and immutable,
 * and the matching that gives each failure its advice. Plain Java; the Diagnoser calls
 * {@link #advise} for every failure, features call {@link #find}, {@link #entries} and {@link #search}.
 */
public final class KnowledgeBase {

    /** Ids of the fallback entries used when nothing specific is recognised. */
    public static final String GENERAL_TEMPORARY = "general-temporary";
    public static final String GENERAL_PERMANENT = "general-permanent";
    public static final String GENERAL_UNKNOWN = "general-unknown";

    private static final int MAXIMUM_OTHERS = 6;

    private final Map<String, KnowledgeEntry> entries;
    private final RuleIndex index;

    private KnowledgeBase(List<KnowledgeEntry> entries, List<Rule> rules) {
        Map<String, KnowledgeEntry> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (KnowledgeEntry entry : entries) {
            if (byId.put(entry.id(), entry) != null) {
                problems.add("duplicate id " + entry.id());
            }
        }
        for (KnowledgeEntry entry : entries) {
            entry.related().stream().filter(id -> !byId.containsKey(id))
                    .forEach(id -> problems.add(entry.id() + ": related id does not exist: " + id));
        }
        for (String id : List.of(GENERAL_TEMPORARY, GENERAL_PERMANENT, GENERAL_UNKNOWN)) {
            if (!byId.containsKey(id)) {
                problems.add("fallback entry missing: " + id);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("knowledge data has problems:\n" + String.join("\n", problems));
        }
        this.entries = Map.copyOf(byId);
        this.orderedIds = List.copyOf(byId.keySet());
        this.index = new RuleIndex(rules);
    }

    private final List<String> orderedIds;
    // What search() looks in, per entry id: made on the first search (the batch decoder never
    // searches, and normalising every entry's wording was a tenth of loading the knowledge).
    private volatile Map<String, String> searchTexts;

    private Map<String, String> searchTexts() {
        Map<String, String> texts = searchTexts;
        if (texts == null) {
            // Two threads may both make it; they make the same immutable map.
            Map<String, String> made = new LinkedHashMap<>();
            orderedIds.forEach(id -> made.put(id, searchText(entries.get(id))));
            texts = Map.copyOf(made);
            searchTexts = texts;
        }
        return texts;
    }

    /** The knowledge shipped with Todoku, loaded on first use; fails loudly if the data is broken. */
    public static KnowledgeBase bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final KnowledgeBase INSTANCE = of(KnowledgeLoader.fromClassPath(KnowledgeBase.class.getClassLoader()));
    }

    static KnowledgeBase of(KnowledgeLoader loader) {
        if (!loader.problems().isEmpty()) {
            throw new IllegalStateException("knowledge data has problems:\n" + String.join("\n", loader.problems()));
        }
        return new KnowledgeBase(loader.entries(), loader.rules());
    }

    public Optional<KnowledgeEntry> find(String id) {
        return Optional.ofNullable(id == null ? null : entries.get(id));
    }

    /** Every entry, in the order of the data files. */
    public List<KnowledgeEntry> entries() {
        return orderedIds.stream().map(entries::get).toList();
    }

    /** The entries an entry points to, skipping none (ids are checked at load). */
    public List<KnowledgeEntry> related(KnowledgeEntry entry) {
        return entry.related().stream().map(entries::get).toList();
    }

    /**
     * Advice for one failure. {@code inputText} is what the customer gave (a whole bounce or a pasted
     * fragment; may be null): matching reads the failure's diagnostic text (or the input when that is
     * empty), and the evidence is the input's lines that matched. Never throws.
     */
    public Advice advise(DeliveryFailure failure, String inputText) {
        return advisePrepared(failure, prepare(inputText));
    }

    /** The input prepared once, to advise several failures of one message with {@link #advisePrepared}. */
    public PreparedInput prepare(String inputText) {
        return new PreparedInput(inputText, index);
    }

    /** {@link #advise(DeliveryFailure, String)} for an input already prepared (by this knowledge base). */
    public Advice advisePrepared(DeliveryFailure failure, PreparedInput input) {
        try {
            PreparedInput own = input != null && input.isFor(index) ? input : prepare(input == null ? null : input.text());
            return match(failure, own);
        } catch (RuntimeException e) {
            // A malformed input must never cost the customer their next step.
            return fallback(failure == null ? null : failure.temporary(), List.of(), List.of());
        }
    }

    /**
     * Advice for text pasted with nothing around it (an error line, an Outlook dialog): the codes are
     * read from the text itself. The Diagnoser does the same with its own classified reason.
     */
    public Advice adviseFragment(String fragment) {
        String text = fragment == null ? "" : fragment;
        String folded = TextNormalizer.fold(text);
        Optional<DeliveryStatus> status = DeliveryStatus.find(folded);
        Optional<ReplyCode> reply = ReplyCode.find(folded);
        boolean temporary = status.map(DeliveryStatus::isTemporary).orElse(reply.map(ReplyCode::isTemporary).orElse(false));
        DeliveryFailure failure = new DeliveryFailure(null, null, status.orElse(null), reply.orElse(null),
                text.isBlank() ? Reason.UNDEFINED : Reason.ON_HOLD, temporary, text, null, null, null, null, null,
                null, null, null, null);
        return advise(failure, text);
    }

    /** Entries whose id, titles, explanations, steps or match texts contain every word of the query. */
    public List<KnowledgeEntry> search(String query) {
        String normalised = TextNormalizer.normalize(query);
        if (normalised.isBlank()) {
            return entries();
        }
        String[] words = normalised.split(" ");
        List<KnowledgeEntry> found = new ArrayList<>();
        Map<String, String> searchTexts = searchTexts();
        for (KnowledgeEntry entry : entries()) {
            String haystack = searchTexts.get(entry.id());
            boolean all = true;
            for (String word : words) {
                all &= haystack.contains(word);
            }
            if (all) {
                found.add(entry);
            }
        }
        found.sort(Comparator.comparingInt(entry -> titleRank(entry, normalised)));
        return List.copyOf(found);
    }

    private static int titleRank(KnowledgeEntry entry, String query) {
        if (entry.id().toLowerCase(Locale.ROOT).contains(query)) {
            return 0;
        }
        for (Language language : Language.values()) {
            if (TextNormalizer.normalize(entry.text(language).title()).contains(query)) {
                return 1;
            }
        }
        return 2;
    }

    private static String searchText(KnowledgeEntry entry) {
        StringBuilder text = new StringBuilder(entry.id()).append(' ');
        for (Language language : Language.values()) {
            KnowledgeEntry.Text wording = entry.text(language);
            text.append(wording.title()).append(' ').append(wording.summary()).append(' ');
            wording.steps().forEach(step -> text.append(step).append(' '));
        }
        entry.matches().forEach(match -> text.append(match).append(' '));
        return TextNormalizer.normalize(text);
    }

    private Advice match(DeliveryFailure failure, PreparedInput input) {
        String inputText = input.text();
        String diagnostic = failure.diagnosticText();
        // The error itself: the failure's diagnostic text, or the whole input when it has none.
        boolean fromInput = diagnostic.isBlank();
        String folded = fromInput ? input.normalised().folded() : TextNormalizer.fold(diagnostic);
        String mainText = fromInput ? input.normalised().text() : TextNormalizer.normalizeFolded(folded);
        BitSet inMain = fromInput ? input.literals() : index.literalsIn(mainText);
        BitSet inContext = fromInput || inputText.isBlank() || inputText.equals(diagnostic) ? inMain
                : contextLiterals(diagnostic, mainText, inMain, input);
        DeliveryStatus status = failure.findStatus().or(() -> DeliveryStatus.find(folded)).orElse(null);
        ReplyCode reply = failure.findReplyCode().or(() -> ReplyCode.find(folded)).orElse(null);
        Rule.Facts facts = new Rule.Facts(status, reply, failure.command(), failure.reason(),
                domainOf(failure.recipient()));
        List<Rule> hits = index.hits(facts, mainText, inMain, () -> contextText(diagnostic, mainText, input), inContext);
        EvidenceLines lines = inputText.isBlank() ? new EvidenceLines(diagnostic) : input.evidence();
        boolean temporary = status != null ? status.isTemporary() : reply != null ? reply.isTemporary() : failure.temporary();
        boolean classKnown = status != null || reply != null || failure.temporary();
        if (hits.isEmpty() || !hits.get(0).tier().recognises()) {
            return fallback(classKnown ? temporary : null, hits, lines.behind(hits));
        }
        KnowledgeEntry best = entries.get(hits.get(0).entryId());
        List<KnowledgeEntry> others = hits.stream().skip(1).limit(MAXIMUM_OTHERS)
                .map(rule -> entries.get(rule.entryId())).toList();
        boolean offerTicket = best.whoActs() == Actor.OUR_SUPPORT || best.whoActs() == Actor.YOUR_PROVIDER;
        return new Advice(best, others, lines.behind(hits.subList(0, Math.min(hits.size(), 3))), true, offerTicket,
                hits.get(0).tier().strength());
    }

    /**
     * The literals in the context rules' text, {@code normalize(diagnostic + "\n" + input)}: that is
     * the diagnostic's normalised form and the input's joined by a space, so the input's share is
     * reused. Only past the normaliser's length limit, where the cut depends on the diagnostic's
     * length, is the joined text normalised afresh.
     */
    private BitSet contextLiterals(String diagnostic, String mainText, BitSet inMain, PreparedInput input) {
        String inputText = input.text();
        if (diagnostic.length() + 1 + inputText.length() > TextNormalizer.MAXIMUM_LENGTH) {
            return index.literalsIn(TextNormalizer.normalize(diagnostic + "\n" + inputText));
        }
        NormalisedText inputNormalised = input.normalised();
        if (mainText.isEmpty()) {
            return input.literals();
        }
        if (inputNormalised.isEmpty()) {
            return inMain;
        }
        return index.literalsJoined(mainText, inputNormalised, input.literals());
    }

    /** The normalised text the context literals were found in (see {@link #contextLiterals}). */
    private static String contextText(String diagnostic, String mainText, PreparedInput input) {
        String inputText = input.text();
        if (diagnostic.length() + 1 + inputText.length() > TextNormalizer.MAXIMUM_LENGTH) {
            return TextNormalizer.normalize(diagnostic + "\n" + inputText);
        }
        String inputNormalised = input.normalised().text();
        return mainText.isEmpty() ? inputNormalised : inputNormalised.isEmpty() ? mainText : mainText + " " + inputNormalised;
    }

    private Advice fallback(Boolean temporary, List<Rule> weakHits, List<String> evidence) {
        String id = temporary == null ? GENERAL_UNKNOWN : temporary ? GENERAL_TEMPORARY : GENERAL_PERMANENT;
        List<KnowledgeEntry> others = weakHits.stream().limit(MAXIMUM_OTHERS).map(rule -> entries.get(rule.entryId())).toList();
        return new Advice(entries.get(id), others, evidence, false, true);
    }

    private static String domainOf(String recipient) {
        if (recipient == null) {
            return null;
        }
        int at = recipient.lastIndexOf('@');
        return at < 0 ? null : recipient.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    }
}
