package jp.todoku.diagnosis.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message as the format readers see it: the bounce's own headers, the text it tells the reader
 * (text parts outside the returned message, in order), the RFC 3464 delivery-status fields, an ARF
 * feedback report, and the headers of the returned original message.
 *
 * @param headers        the headers of the report itself
 * @param texts          decoded text parts outside the enclosed original, in order
 * @param deliveryStatus the delivery-status fields; empty when there is no such part
 * @param feedbackReport the message/feedback-report fields, or an empty block
 * @param original       the headers of the returned original message, or an empty block
 * @param originalMessage the returned (or forwarded) message as written, Latin-1 with LF, or ""
 * @param root           the whole parsed tree, for readers that need more
 */
public record ParsedMessage(Headers headers, List<String> texts, DeliveryStatusFields deliveryStatus,
                            Headers feedbackReport, Headers original, String originalMessage, MimePart root) {

    static final int MAX_TEXT_CHARS = 512 * 1024;

    public ParsedMessage {
        texts = List.copyOf(texts);
    }

    /** Parses a message given as Latin-1 text with LF line ends. */
    public static ParsedMessage parse(String latin1) {
        MimePart root = MimeParser.parse(latin1);
        Collector collector = new Collector();
        collector.walk(root, 0);
        if (collector.deliveryStatus.length() == 0 && collector.original != null && !collector.original.children().isEmpty()) {
            // A report forwarded as an attachment (a gateway wrapping the bounce it received): its
            // parts tell the failure, and its own returned message becomes the original.
            MimePart forwarded = collector.original;
            collector.original = null;
            for (MimePart inner : forwarded.children()) {
                collector.walk(inner, 1);
            }
            if (collector.original == null) {
                collector.original = forwarded;
            }
        }
        DeliveryStatusFields status = collector.deliveryStatus.length() == 0
                ? inlineDeliveryStatus(collector.texts)
                : DeliveryStatusFields.parse(collector.deliveryStatus.toString());
        Headers feedback = collector.feedback == null ? Headers.EMPTY
                : MimeParser.headers(collector.feedback, 0, collector.feedback.length(), false).headers();
        return new ParsedMessage(root.headers(), collector.texts, status, feedback,
                collector.original == null ? Headers.EMPTY : collector.original.headers(),
                collector.original == null ? "" : collector.original.raw(), root);
    }

    /**
     * Delivery-status fields written into the text itself, as reports do whose MIME boundaries were
     * lost (by a relay, or by copying the report out of a mail client).
     */
    private static DeliveryStatusFields inlineDeliveryStatus(List<String> texts) {
        for (String text : texts) {
            int found = indexOfLineStart(text, "final-recipient:");
            if (found < 0) {
                continue;
            }
            int reporting = indexOfLineStart(text, "reporting-mta:");
            int start = reporting >= 0 && reporting < found ? reporting : found;
            DeliveryStatusFields fields = DeliveryStatusFields.parse(text.substring(start, Math.min(text.length(), start + 65_536)));
            if (!fields.isEmpty()) {
                return fields;
            }
        }
        return new DeliveryStatusFields(Headers.EMPTY, List.of());
    }

    private static int indexOfLineStart(String text, String lowerField) {
        int position = 0;
        while (position < text.length()) {
            if (text.regionMatches(true, position, lowerField, 0, lowerField.length())) {
                return position;
            }
            int newline = text.indexOf('\n', position);
            if (newline < 0) {
                return -1;
            }
            position = newline + 1;
        }
        return -1;
    }

    private static final class Collector {
        final List<String> texts = new ArrayList<>();
        final StringBuilder deliveryStatus = new StringBuilder();
        String feedback;
        MimePart original;
        int characters;

        void walk(MimePart part, int depth) {
            String media = part.contentType().mediaType();
            if (part.isEnclosedMessage()) {
                if (original == null && !part.children().isEmpty()) {
                    original = part.children().get(0);
                }
                return;
            }
            if (!part.children().isEmpty()) {
                for (MimePart child : part.children()) {
                    walk(child, depth + 1);
                }
                return;
            }
            if (media.equals("message/delivery-status") || media.equals("message/global-delivery-status")) {
                deliveryStatus.append(part.text()).append("\n\n");
            } else if (media.equals("message/feedback-report")) {
                feedback = feedback == null ? part.text() : feedback;
            } else if ((part.contentType().isText() || media.equals("application/json")
                    || media.equals("application/octet-stream")) && characters < MAX_TEXT_CHARS) {
                String text = part.text();
                if (media.equals("text/html")) {
                    if (!texts.isEmpty()) {
                        return;
                    }
                    text = HtmlText.toText(text);
                }
                if (text.length() > MAX_TEXT_CHARS - characters) {
                    text = text.substring(0, MAX_TEXT_CHARS - characters);
                }
                characters += text.length();
                texts.add(text);
            }
        }
    }

    /** The header block that starts at {@code start} in a text (an original pasted into a bounce). */
    public static Headers headersAt(String text, int start) {
        return MimeParser.headers(text, start, Math.min(text.length(), start + 65_536), true).headers();
    }

    /** All text parts joined, the way a person reading the bounce sees them. */
    public String bodyText() {
        return texts.isEmpty() ? "" : texts.size() == 1 ? texts.get(0) : String.join("\n", texts);
    }

    public String subject() {
        return headers.get("subject");
    }

    public String from() {
        return headers.get("from");
    }

    public String lowerSubject() {
        return subject().toLowerCase(Locale.ROOT);
    }

    public String lowerFrom() {
        return from().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
        return headers.find("content-type").map(ContentType::parse).orElse(ContentType.TEXT_PLAIN).mediaType();
    }
}
