package jp.todoku.diagnosis;

import jp.todoku.diagnosis.KnowledgeEntry.ListAdvice;

/**
 * What a mailing list should do with a failed address, and why.
 *
 * @param action     keep, remove, or review (keep now, remove if the same failure repeats)
 * @param messageKey the display text's key in messages/knowledge*.properties
 */
public record ListDecision(ListAdvice action, String messageKey) {
    public ListDecision {
        if (action == null || messageKey == null || !messageKey.startsWith("knowledge.list.")) {
            throw new IllegalArgumentException("action and a knowledge.list.* key are required");
        }
    }
}
