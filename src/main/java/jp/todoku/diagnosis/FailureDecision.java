package jp.todoku.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One decision per failure: the classifier's reason and the knowledge entry chosen for the advice
 * are compared on one ladder ({@link Strength}), and the stronger evidence decides both, so the
 * customer's screen, the ticket and the dashboard can never disagree. The rules, in order
 * (docs/decision.md):
 * <ol>
 *   <li>the entry agrees (same reason, or an entry without a reason of its own): both stay;</li>
 *   <li>the classifier found no reason (onhold, undefined) and an entry was recognised: the entry's
 *       reason becomes the failure's (a code entry sets it);</li>
 *   <li>the entry is a receiving provider's own code or sentence and the classifier went only by a
 *       bare reply code or a class: the entry's reason wins;</li>
 *   <li>otherwise the classifier's reason stands and the advice moves to the most specific matching
 *       entry with that reason, or to the reason's own entry; the entry first found stays in the list
 *       of others, so its specific wording is still shown.</li>
 * </ol>
 */
final class FailureDecision {

    private static final String REASON_ENTRY = "reason-";

    private FailureDecision() {
    }

    static DeliveryFailure decide(DeliveryFailure failure, Knowledge knowledge) {
        Advice advice = failure.advice();
        if (advice == null) {
            return failure;
        }
        Reason reason = failure.reason();
        boolean undecided = reason == Reason.ON_HOLD || reason == Reason.UNDEFINED;
        Reason entryReason = advice.best().reason();
        if (!advice.recognised()) {
            // Only the general advice for the class fits: the reason's own entry says more, if known.
            return undecided ? failure : failure.withAdvice(towards(reason, advice, knowledge, failure.strength()));
        }
        if (entryReason == null || entryReason == reason) {
            return failure;
        }
        if (undecided || overrules(advice.strength(), failure.strength())) {
            return failure.withReason(entryReason, advice.strength());
        }
        return failure.withAdvice(towards(reason, advice, knowledge, failure.strength()));
    }

    /**
     * Only a receiving provider's own code or sentence overrules the classifier, and only a classifier
     * that went by a bare reply code or a class: the classifier already weighed every phrase and
     * specific status of the same text (and is measured on the corpus), the knowledge rules did not.
     */
    private static boolean overrules(Strength entry, Strength classifier) {
        return entry == Strength.PROVIDER && Strength.PHRASE.outranks(classifier);
    }

    /** The advice re-pointed at an entry whose reason is {@code reason}; the advice as it was when none exists. */
    private static Advice towards(Reason reason, Advice advice, Knowledge knowledge, Strength strength) {
        Optional<KnowledgeEntry> chosen = advice.others().stream().filter(entry -> entry.reason() == reason).findFirst()
                .or(() -> knowledge.find(REASON_ENTRY + reason.code()));
        if (chosen.isEmpty()) {
            return advice;
        }
        List<KnowledgeEntry> others = new ArrayList<>();
        others.add(advice.best());
        advice.others().stream().filter(entry -> !entry.id().equals(chosen.get().id())).forEach(others::add);
        boolean offerTicket = advice.offerTicket() || chosen.get().whoActs() == KnowledgeEntry.Actor.OUR_SUPPORT
                || chosen.get().whoActs() == KnowledgeEntry.Actor.YOUR_PROVIDER;
        return new Advice(chosen.get(), others, advice.evidence(), true, offerTicket, strength);
    }
}
