package jp.todoku.diagnosis.knowledge;

import java.util.ArrayList;
import java.util.List;

import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.ReplyCode;

/**
 * One way an entry can match: every condition given must hold. Texts are normalised literals that
 * must all appear; codes are literals too (Outlook.com {@code RP-001}, {@code 0x800CCC0E}).
 *
 * @param entryId  the entry the rule belongs to
 * @param texts    literals that must all appear (normalised), empty for none
 * @param status   the status code pattern, or null
 * @param reply    the reply code, or 0 for none
 * @param reason   the reason, or null
 * @param domain   the recipient's domain (or a parent of it), or null
 * @param tier     precedence of the rule
 * @param order    position in the loaded data, the last tie-breaker
 */
record Rule(String entryId, List<String> texts, StatusPattern status, int reply, Reason reason, String domain,
            Tier tier, int order) {

    Rule {
        texts = List.copyOf(texts);
        if (texts.isEmpty() && status == null && reply == 0 && reason == null && domain == null) {
            throw new IllegalArgumentException(entryId + ": a match rule needs at least one condition");
        }
    }

    /** The non-text conditions; the texts are checked by the index in one pass for all rules. */
    boolean holds(Facts facts) {
        return (status == null || status.matches(facts.status()))
                && (reply == 0 || (facts.replyCode() != null && facts.replyCode().value() == reply))
                && (reason == null || reason == facts.reason())
                && (domain == null || facts.isRecipientIn(domain));
    }

    int conditions() {
        return texts.size() + (status == null ? 0 : 1) + (reply == 0 ? 0 : 1) + (reason == null ? 0 : 1)
                + (domain == null ? 0 : 1);
    }

    int literalLength() {
        return texts.stream().mapToInt(String::length).sum();
    }

    int statusSpecificity() {
        return status == null ? 0 : status.specificity();
    }

    /** For the staff browser: what the rule looks for, as written in the data. */
    String describe() {
        List<String> parts = new ArrayList<>();
        texts.forEach(text -> parts.add("\"" + text + "\""));
        if (status != null) {
            parts.add("status " + status);
        }
        if (reply != 0) {
            parts.add("reply " + reply);
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
    record Facts(DeliveryStatus status, ReplyCode replyCode, Reason reason, String recipientDomain) {
        boolean isRecipientIn(String domain) {
            return recipientDomain != null
                    && (recipientDomain.equals(domain) || recipientDomain.endsWith("." + domain));
        }
    }
}
