package jp.todoku.diagnosis;

/**
 * One entry of the knowledge base, as features see it. Placeholder shape: the knowledge work
 * (issue 4) owns and extends this record (languages, steps, who acts, source seed ...).
 */
public record KnowledgeEntry(String id) {
}
