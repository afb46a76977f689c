package jp.todoku.diagnosis;

import java.util.List;

/**
 * What the knowledge base says about one failure: the best entry, the others that also apply, and
 * the input lines that made them match. Filled by diagnosis.knowledge.KnowledgeBase.
 *
 * @param best        the most specific entry; never null (a general entry when nothing specific fits)
 * @param others      further entries that apply, most specific first
 * @param evidence    the lines of the input that matched, as written
 * @param recognised  false when only the general advice for the failure's class applies
 * @param offerTicket true when the customer should be offered a support ticket (not recognised, or our support must act)
 * @param strength    how strong the match of the best entry was (a provider's code, a status, a phrase ...)
 */
public record Advice(KnowledgeEntry best, List<KnowledgeEntry> others, List<String> evidence, boolean recognised,
                     boolean offerTicket, Strength strength) {
    public Advice {
        if (best == null) {
            throw new IllegalArgumentException("best entry is required");
        }
        others = List.copyOf(others);
        evidence = List.copyOf(evidence);
        strength = strength == null ? Strength.NONE : strength;
    }

    public Advice(KnowledgeEntry best, List<KnowledgeEntry> others, List<String> evidence, boolean recognised,
                  boolean offerTicket) {
        this(best, others, evidence, recognised, offerTicket, Strength.NONE);
    }
}
