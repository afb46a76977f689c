package jp.todoku.diagnosis.message;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A bounce that a person (typically the customer) forwarded: as an attached message, or inline
 * below a "Forwarded message" line, perhaps quoted with {@code >}. The forwarded part is the report.
 */
public final class Forwarding {

    // Lines mail clients write above an inline forwarded message (lower case, at a line's start).
    private static final String[] INLINE_MARKERS = {
        "---------- forwarded message", "-------- forwarded message", "begin forwarded message:",
        "-------- original message --------", "-----original message-----", "----- original message -----",
        "-------- 転送メッセージ --------", "---------- 転送メッセージ ----------",
    };
    private static final String[] FORWARD_SUBJECTS = {"fwd:", "fw:", "転送:", "tr:", "wg:"};

    private Forwarding() {
    }

    /** The attached message, when a person's message carries a delivery report as an attachment. */
    public static Optional<String> attachedReport(ParsedMessage message) {
        if (!isFromPerson(message) || message.original().isEmpty() || message.originalMessage().isEmpty()) {
            return Optional.empty();
        }
        String attachedFrom = message.original().get("from").toLowerCase(Locale.ROOT);
        String attachedType = message.original().get("content-type").toLowerCase(Locale.ROOT);
        return isSystemSender(attachedFrom) || attachedType.startsWith("multipart/report")
                ? Optional.of(message.originalMessage()) : Optional.empty();
    }

    /**
     * The text below a "Forwarded message" line of a forward ("Fwd: ..." subject), quote marks
     * removed, as Latin-1 bytes-in-a-string with LF line ends like any other input.
     */
    public static Optional<String> inlineReport(ParsedMessage message) {
        String subject = message.lowerSubject().trim();
        boolean forward = false;
        for (String prefix : FORWARD_SUBJECTS) {
            forward |= subject.startsWith(prefix);
        }
        if (!forward || !isFromPerson(message)) {
            return Optional.empty();
        }
        String body = MessageText.stripQuotes(message.bodyText());
        String lower = body.toLowerCase(Locale.ROOT);
        for (String marker : INLINE_MARKERS) {
            int found = lower.indexOf(marker);
            if (found >= 0) {
                int lineEnd = body.indexOf('\n', found);
                if (lineEnd > 0) {
                    String forwarded = body.substring(lineEnd + 1).strip();
                    return Optional.of(MessageText.latin1WithLineFeeds(forwarded.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isFromPerson(ParsedMessage message) {
        return message.deliveryStatus().isEmpty() && message.feedbackReport().isEmpty() && !isSystemSender(message.lowerFrom());
    }

    private static boolean isSystemSender(String lowerFrom) {
        return lowerFrom.contains("mailer-daemon") || lowerFrom.contains("postmaster") || lowerFrom.contains("mail delivery");
    }
}
