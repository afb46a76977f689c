package jp.todoku.diagnosis;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the knowledge base: what a code, server message, client error or situation means for
 * the customer, who must act, and what to do, in Japanese and English, with the document it came from.
 *
 * @param id          stable identifier, e.g. {@code gmail-550-5.7.26}; other entries and the questionnaire refer to it
 * @param category    what kind of thing the entry explains
 * @param provider    the receiving provider or software the entry is specific to ({@code gmail}, {@code qmail} ...), or null
 * @param reason      the bounce reason the entry corresponds to, or null
 * @param permanence  whether the failure may pass by itself
 * @param whoActs     who must do something next
 * @param listAdvice  whether a mailing list should keep sending to the address
 * @param texts       title, plain explanation and numbered steps per language; both languages present
 * @param sources     where the facts came from: seed file names, or {@code RFC 5321}, {@code RFC 3463}, {@code reasons.md}
 * @param related     ids of entries worth reading next
 * @param matches     what the entry matches, as a support person would read it (for the staff browser)
 */
public record KnowledgeEntry(
        String id,
        Category category,
        String provider,
        Reason reason,
        Permanence permanence,
        Actor whoActs,
        ListAdvice listAdvice,
        Map<Language, Text> texts,
        List<String> sources,
        List<String> related,
        List<String> matches) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    public KnowledgeEntry {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("entry id must be letters, digits, '.', '-', '_': " + id);
        }
        if (category == null || permanence == null || whoActs == null || listAdvice == null) {
            throw new IllegalArgumentException(id + ": category, permanence, whoActs and listAdvice are required");
        }
        for (Language language : Language.values()) {
            if (texts == null || texts.get(language) == null) {
                throw new IllegalArgumentException(id + ": text missing for language " + language.tag());
            }
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one source is required");
        }
        texts = Map.copyOf(new EnumMap<>(texts));
        sources = List.copyOf(sources);
        related = related == null ? List.of() : List.copyOf(related);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /** Title, explanation and steps in the given language. */
    public Text text(Language language) {
        return texts.get(language == null ? Language.JA : language);
    }

    public Optional<String> findProvider() {
        return Optional.ofNullable(provider);
    }

    public Optional<Reason> findReason() {
        return Optional.ofNullable(reason);
    }

    /** For the CLI and API: true = keep the address, false = remove it, empty = review before deciding. */
    public Optional<Boolean> keepAddress() {
        return switch (listAdvice) {
            case KEEP -> Optional.of(true);
            case REMOVE -> Optional.of(false);
            case REVIEW -> Optional.empty();
        };
    }

    /**
     * The entry as one language's reader sees it, shaped for JSON (the CLI's and the API's
     * {@code knowledge} object): {@code whoActs} as its code, {@code keepAddress} true, false or null.
     */
    public Localized localized(Language language) {
        Text text = text(language);
        return new Localized(id, text.title(), text.summary(), text.steps(), whoActs.code(),
                keepAddress().orElse(null));
    }

    /**
     * One entry in one language.
     *
     * @param id          the entry's id
     * @param title       the heading
     * @param summary     the plain explanation
     * @param steps       what to do, in order
     * @param whoActs     {@code you}, {@code recipient}, {@code recipient-admin}, {@code your-provider}, {@code our-support} or {@code nobody}
     * @param keepAddress true = keep on a mailing list, false = remove, null = review
     */
    public record Localized(String id, String title, String summary, List<String> steps, String whoActs,
                            Boolean keepAddress) {
        public Localized {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One language's wording.
     *
     * @param title   a short heading
     * @param summary a plain explanation for someone who is not technical
     * @param steps   what to do, in order (shown numbered)
     */
    public record Text(String title, String summary, List<String> steps) {
        public Text {
            if (title == null || title.isBlank() || summary == null || summary.isBlank()) {
                throw new IllegalArgumentException("title and summary are required");
            }
            steps = steps == null ? List.of() : List.copyOf(steps);
            if (steps.isEmpty() || steps.stream().anyMatch(step -> step == null || step.isBlank())) {
                throw new IllegalArgumentException("at least one non-blank step is required: " + title);
            }
        }
    }

    /** What kind of thing an entry explains. */
    public enum Category {
        /** An error code shown by a mail program (Outlook 0x800CCC0E ...). */
        CLIENT_ERROR,
        /** A receiving provider's own text or code (Gmail, Yahoo! JAPAN, Outlook.com, qmail ...). */
        PROVIDER,
        /** A server message seen from many servers ("User unknown", "Line Too Long" ...). */
        MESSAGE,
        /** An RFC 5321 reply code. */
        REPLY_CODE,
        /** An RFC 3463 enhanced status code. */
        STATUS_CODE,
        /** The general advice for one bounce reason. */
        REASON,
        /** A troubleshooting situation (port 25 blocked, forwarding to Gmail ...). */
        SITUATION,
        /** Who wrote the bounce (MAILER-DAEMON, postmaster ...) and what that tells. */
        BOUNCE_SENDER,
        /** The fallback advice when nothing specific is recognised. */
        GENERAL;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether a failure may pass by itself. */
    public enum Permanence {
        TEMPORARY, PERMANENT,
        /** The same text or code is used both ways; the code's first digit decides. */
        DEPENDS,
        /** Not a failure (a delivery notice, an auto-reply, a situation to check). */
        NONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who must do something next. */
    public enum Actor {
        /** The customer who sent the mail. */
        YOU,
        /** The person the mail was for. */
        RECIPIENT,
        /** The administrator of the recipient's mail system. */
        RECIPIENT_ADMIN,
        /** The customer's own mail or internet provider (including the server they send through). */
        YOUR_PROVIDER,
        /** Todoku's support desk. */
        OUR_SUPPORT,
        /** Nobody yet: wait, the server retries by itself. */
        NOBODY;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What a mailing list should do with the address after this failure. */
    public enum ListAdvice {
        /** The address is still valid (mailbox full, too large, delayed ...). */
        KEEP,
        /** The address does not exist or accepts no mail. */
        REMOVE,
        /** Keep it for now and remove it if the same failure repeats. */
        REVIEW;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
