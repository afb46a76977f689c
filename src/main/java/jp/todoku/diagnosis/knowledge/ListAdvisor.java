package jp.todoku.diagnosis.knowledge;

import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.KnowledgeEntry.ListAdvice;

/**
 * Keep-or-remove advice for a mailing list (seed 003: a full mailbox, a delay or a too-large
 * message leave the address valid, keep it; seed 004: 550, 551 and 553 suggest removing it).
 */
public final class ListAdvisor {

    private ListAdvisor() {
    }

    /**
     * What to do with the address, and the message key that says why.
     *
     * @param action     keep, remove, or review (keep now, remove if it repeats)
     * @param messageKey display text key in messages/knowledge*.properties
     */
    public record Decision(ListAdvice action, String messageKey) {
    }

    public static Decision decide(DeliveryFailure failure, Advice advice) {
        if (failure.reason().isNotBounce()) {
            return new Decision(ListAdvice.KEEP, "knowledge.list.notBounce");
        }
        if (failure.hardBounce()) {
            return new Decision(ListAdvice.REMOVE, "knowledge.list.hardBounce");
        }
        ListAdvice fromEntry = advice == null ? ListAdvice.REVIEW : advice.best().listAdvice();
        return switch (fromEntry) {
            case KEEP -> new Decision(ListAdvice.KEEP, "knowledge.list.stillValid");
            case REMOVE -> failure.temporary()
                    ? new Decision(ListAdvice.REVIEW, "knowledge.list.repeats")
                    : new Decision(ListAdvice.REMOVE, "knowledge.list.deadAddress");
            case REVIEW -> failure.temporary()
                    ? new Decision(ListAdvice.KEEP, "knowledge.list.temporary")
                    : new Decision(ListAdvice.REVIEW, "knowledge.list.repeats");
        };
    }
}
