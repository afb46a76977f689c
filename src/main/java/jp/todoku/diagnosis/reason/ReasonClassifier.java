package jp.todoku.diagnosis.reason;

import java.util.Optional;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.PhraseList;
import jp.todoku.diagnosis.phrase.Rule;
import jp.todoku.diagnosis.phrase.RuleTable;
import jp.todoku.diagnosis.phrase.TableReader;
import jp.todoku.diagnosis.provider.ReceivingProvider;
import jp.todoku.diagnosis.provider.ReceivingProviders;

/**
 * Chooses the reason for one failure with an explicit precedence:
 * <ol>
 *   <li>the format reader's own verdict, unless it is empty or weak ({@link GenericRules#WEAK});</li>
 *   <li>a status 2.x is {@code delivered};</li>
 *   <li>a local delivery program's message (procmail, maildrop, dovecot ...);</li>
 *   <li>the receiving provider's rules (by recipient domain, else refusing host, else reporting host,
 *       else a mark only that provider writes);</li>
 *   <li>a sentence naming a bare domain as missing ({@link DomainSentences});</li>
 *   <li>the generic SMTP-error checks (status meaning or phrase, guarded by the SMTP step);</li>
 *   <li>the weak reader verdict;</li>
 *   <li>the status meaning or the text scan, then class, reply and step fallbacks;</li>
 *   <li>delayed → {@code expired}, auto-reply text → {@code vacation}, any text → {@code onhold},
 *       else {@code undefined}.</li>
 * </ol>
 * All tables are data files under {@code diagnosis/reasons/} and {@code diagnosis/providers/}, loaded
 * once; a classifier is immutable and safe to share between threads. {@link #classify} never throws.
 */
public final class ReasonClassifier {

    static final String PHRASES = "diagnosis/reasons/phrases.tsv";
    static final String TEMPORARY = "diagnosis/reasons/temporary.tsv";

    private static final class Bundled {
        static final ReasonClassifier INSTANCE = new ReasonClassifier(TableReader.rules(PHRASES),
                StatusMeanings.bundled(), LocalDeliveryAgents.bundled(), ReceivingProviders.bundled(),
                TableReader.phrases(TEMPORARY), StepHints.bundled());
    }

    private final GenericRules generic;
    private final LocalDeliveryAgents localAgents;
    private final ReceivingProviders providers;
    private final PhraseList temporaryWordings;
    private final StepHints stepHints;

    ReasonClassifier(RuleTable phrases, StatusMeanings meanings, LocalDeliveryAgents localAgents,
                     ReceivingProviders providers, PhraseList temporaryWordings, StepHints stepHints) {
        this.generic = new GenericRules(phrases, meanings);
        this.localAgents = localAgents;
        this.providers = providers;
        this.temporaryWordings = temporaryWordings;
        this.stepHints = stepHints;
    }

    /** The classifier with the tables bundled in the jar, loaded on first use and shared. */
    public static ReasonClassifier bundled() {
        return Bundled.INSTANCE;
    }

    public Verdict classify(Evidence evidence) {
        if (evidence == null) {
            return new Verdict(Reason.UNDEFINED, false, null, null, "no evidence");
        }
        try {
            return decide(evidence);
        } catch (RuntimeException unexpected) {
            // A fault in a rule must not lose the failure: report what the reader knew.
            Reason reason = evidence.readerVerdict() != null ? evidence.readerVerdict()
                    : evidence.diagnosticText().isBlank() ? Reason.UNDEFINED : Reason.ON_HOLD;
            return new Verdict(reason, evidence.status() != null && evidence.status().isTemporary(),
                    evidence.status(), evidence.replyCode(), "error " + unexpected.getClass().getSimpleName());
        }
    }

    private Verdict decide(Evidence evidence) {
        DeliveryStatus status = StatusRefinement.refine(evidence.status(), evidence.diagnosticText());
        Clues written = Clues.of(status, evidence.replyCode(), evidence.diagnosticText(), null);
        Clues clues = new Clues(status, evidence.replyCode(), written.text(),
                stepHints.stepOf(evidence.command(), written));
        Decision decision = choose(evidence, clues);
        boolean temporary = isTemporary(status, evidence.replyCode(), clues.text(), evidence.delayed());
        return new Verdict(decision.reason(), temporary, status, replyFor(decision.reason(), status,
                evidence.replyCode()), decision.basis());
    }

    private Decision choose(Evidence evidence, Clues clues) {
        Reason verdict = evidence.readerVerdict();
        if (verdict != null && !GenericRules.WEAK.contains(verdict)) {
            return new Decision(verdict, "reader " + evidence.readerName());
        }
        if (clues.status() != null && clues.status().isSuccess()) {
            return new Decision(Reason.DELIVERED, "status " + clues.status());
        }
        // An SMTP reply that merely quotes a pipe address ("554 "|/usr/bin/procmail"... Service unavailable")
        // was written by a server, not by the local program, whose own words come first when it wrote any.
        boolean serverReply = evidence.replyCode() != null && !evidence.isLocalDelivery()
                && clues.text().startsWith(evidence.replyCode().toString());
        Optional<Decision> local = serverReply ? Optional.empty() : localAgents.find(clues);
        if (local.isPresent()) {
            return local.get();
        }
        Optional<ReceivingProvider> provider = providers.find(evidence.recipient(), evidence.remoteHost(),
                evidence.reportingHost(), clues.text());
        if (provider.isPresent()) {
            Optional<Rule> rule = provider.get().judge(clues);
            if (rule.isPresent()) {
                return new Decision(rule.get().reason(), "provider " + rule.get().source());
            }
        }
        // Refused at MAIL FROM, a missing domain is the sender's: the generic checks make that "rejected".
        if (clues.command() != SmtpCommand.MAIL && DomainSentences.saysDomainMissing(clues.text())) {
            return new Decision(Reason.HOST_UNKNOWN, "phrase domain does not exist");
        }
        GenericRules.Facts facts = generic.facts(clues);
        Optional<Decision> checked = generic.smtpChecks(verdict, facts);
        if (checked.isPresent()) {
            return checked.get();
        }
        if (verdict != null) {
            return new Decision(verdict, "reader " + evidence.readerName());
        }
        Optional<Decision> fallback = generic.meaningOrScan(facts, evidence.isLocalDelivery(), evidence.delayed());
        if (fallback.isPresent()) {
            return fallback.get();
        }
        if (facts.says(Reason.VACATION)) {
            return new Decision(Reason.VACATION, "phrase vacation");
        }
        return clues.text().isEmpty() ? new Decision(Reason.UNDEFINED, "no text")
                : new Decision(Reason.ON_HOLD, "text matched no rule");
    }

    /** Temporary by the status class, else the reply class, else the wording, else a delayed report. */
    private boolean isTemporary(DeliveryStatus status, ReplyCode reply, String text, boolean delayed) {
        if (status != null) {
            return status.isTemporary();
        }
        if (reply != null) {
            return reply.isTemporary();
        }
        return delayed || temporaryWordings.matches(text);
    }

    /** No reply code for reports that are not failures; none whose class contradicts the status. */
    private static ReplyCode replyFor(Reason reason, DeliveryStatus status, ReplyCode reply) {
        if (reply == null || reason == Reason.FEEDBACK || reason == Reason.VACATION) {
            return null;
        }
        if (status != null && status.statusClass() != reply.replyClass()) {
            return null;
        }
        return reply;
    }
}
