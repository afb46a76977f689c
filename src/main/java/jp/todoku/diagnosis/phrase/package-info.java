/**
 * The engine's one rule format and its one matcher (docs/decision.md): {@link jp.todoku.diagnosis.phrase.Condition}
 * (text, SMTP step, status and reply patterns) for every rule, the reason tables kept as data files and
 * read strictly, and {@link jp.todoku.diagnosis.phrase.MatchIndex} over
 * {@link jp.todoku.diagnosis.phrase.LiteralAutomaton}, which the knowledge base's rules use too.
 */
package jp.todoku.diagnosis.phrase;
