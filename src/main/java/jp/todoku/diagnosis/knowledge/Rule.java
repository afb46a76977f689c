package jp.todoku.diagnosis.knowledge;

import java.util.ArrayList;
import java.util.List;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Condition;
import jp.todoku.diagnosis.phrase.MatchKind;
import jp.todoku.diagnosis.phrase.PhaseGuard;

/**
 * One way an entry can match: its {@link Condition} (the engine's one rule format: texts, SMTP step,
 * status and reply code) and what only advice looks at, the classified reason and the recipient's
 * domain. Every condition given must hold. Texts are normalised literals; codes are literals too
 * (Outlook.com {@code RP-001}, {@code 0x800CCC0E}).
 *
 * @param entryId   the entry the rule belongs to
 * @param condition texts, step and codes
 * @param reason    the reason, or null
 * @param domain    the recipient's domain (or a parent of it), or null
 * @param tier      precedence of the rule
 * @param order     position in the loaded data, the last tie-breaker
 */
record Rule(String entryId, Condition condition, Reason reason, String domain, Tier tier, int order) {

    Rule {
        if (condition.count() == 0 && reason == null && domain == null) {
            throw new IllegalArgumentException(entryId + ": a match rule needs at least one condition");
        }
    }

    /** The literals that must all appear (normalised), empty for none. */
    List<String> texts() {
        return condition.text().parts();
    }

    /** The non-text conditions; the texts are checked by the index in one pass for all rules. */
    boolean holds(Facts facts) {
        return condition.admits(facts.command(), facts.status(), facts.replyCode())
                && (reason == null || reason == facts.reason())
                && (domain == null || facts.isRecipientIn(domain));
    }

    int conditions() {
        return condition.count() + (reason == null ? 0 : 1) + (domain == null ? 0 : 1);
    }

    int literalLength() {
        return texts().stream().mapToInt(String::length).sum();
    }

    int statusSpecificity() {
        return condition.status().specificity();
    }

    /** For the staff browser: what the rule looks for, as written in the data. */
    String describe() {
        List<String> parts = new ArrayList<>();
        String quote = condition.text().kind() == MatchKind.WORD ? "word \"" : "\"";
        texts().forEach(text -> parts.add(quote + text + "\""));
        if (condition.phase() != PhaseGuard.ANY) {
            parts.add("at " + condition.phase());
        }
        if (!condition.status().isAny()) {
            parts.add("status " + condition.status());
        }
        if (!condition.reply().isAny()) {
            parts.add("reply " + condition.reply());
        }
        if (reason != null) {
            parts.add("reason " + reason.code());
        }
        if (domain != null) {
            parts.add("recipient domain " + domain);
        }
        return String.join(" + ", parts);
    }

    /** The facts of one failure that rules are checked against. */
    record Facts(DeliveryStatus status, ReplyCode replyCode, SmtpCommand command, Reason reason,
                 String recipientDomain) {
        boolean isRecipientIn(String domain) {
            return recipientDomain != null
                    && (recipientDomain.equals(domain) || recipientDomain.endsWith("." + domain));
        }
    }
}
