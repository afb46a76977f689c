package jp.todoku.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shapes Todoku writes into and reads back from mail headers: ticket tokens, thread roots, bounce tags. */
final class MailHeaders {

    /** The reference a reply carries in its subject ({@code [TD-2026-000123]}) or its plus-address. */
    static final Pattern TICKET = Pattern.compile("\\[?(TD-\\d{4}-\\d{6,12})\\]?");
    /** Our bounce address tag: {@code +b<outbox id>-<signature>@}. */
    private static final Pattern BOUNCE_TAG = Pattern.compile("\\+b(\\d{1,18})-([0-9a-fA-F]{10})@");

    private MailHeaders() {
    }

    static String subjectToken(String reference) {
        return "[" + reference + "]";
    }

    /** Every mail about a ticket refers to this one root, so mail clients keep them in one thread. */
    static String threadRoot(String reference, String domain) {
        return "<" + reference.toLowerCase(Locale.ROOT) + "@" + domain + ">";
    }

    static String bounceTag(long outboxId, LinkSeal seal) {
        String tag = "b" + outboxId;
        return tag + "-" + seal.sign(tag);
    }

    /** The outbox row a bounce belongs to, if {@code text} holds a correctly signed bounce address. */
    static Optional<Long> findBouncedRow(String text, LinkSeal seal) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = BOUNCE_TAG.matcher(text);
        while (matcher.find()) {
            String tag = "b" + matcher.group(1);
            if (seal.verify(tag, matcher.group(2))) {
                return Optional.of(Long.parseLong(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    static Optional<String> findReference(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TICKET.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
