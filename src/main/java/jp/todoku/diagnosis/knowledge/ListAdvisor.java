package jp.todoku.diagnosis.knowledge;

import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.KnowledgeEntry.ListAdvice;
import jp.todoku.diagnosis.ListDecision;

/**
 * Keep-or-remove advice for a mailing list (seed 003: a full mailbox, a delay or a too-large
 * message leave the address valid, keep it; seed 004: 550, 551 and 553 suggest removing it).
 */
public final class ListAdvisor {

    private ListAdvisor() {
    }

    public static ListDecision decide(DeliveryFailure failure, Advice advice) {
        if (failure.reason().isNotBounce()) {
            return new ListDecision(ListAdvice.KEEP, "knowledge.list.notBounce");
        }
        if (failure.hardBounce()) {
            return new ListDecision(ListAdvice.REMOVE, "knowledge.list.hardBounce");
        }
        ListAdvice fromEntry = advice == null ? ListAdvice.REVIEW : advice.best().listAdvice();
        return switch (fromEntry) {
            case KEEP -> new ListDecision(ListAdvice.KEEP, "knowledge.list.stillValid");
            case REMOVE -> failure.temporary()
                    ? new ListDecision(ListAdvice.REVIEW, "knowledge.list.repeats")
                    : new ListDecision(ListAdvice.REMOVE, "knowledge.list.deadAddress");
            case REVIEW -> failure.temporary()
                    ? new ListDecision(ListAdvice.KEEP, "knowledge.list.temporary")
                    : new ListDecision(ListAdvice.REVIEW, "knowledge.list.repeats");
        };
    }
}
