package jp.todoku.diagnosis.message;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of an RFC 3464 message/delivery-status body: one block about the message (Reporting-MTA,
 * Arrival-Date ...) and one block per recipient (Final-Recipient, Action, Status, Diagnostic-Code ...).
 */
public record DeliveryStatusFields(Headers perMessage, List<Headers> perRecipient) {

    static final int MAX_RECIPIENTS = 1_000;

    public DeliveryStatusFields {
        perRecipient = List.copyOf(perRecipient);
    }

    /**
     * Reads the blocks. Broken reports without blank lines between recipients are split at each
     * further Final-Recipient field.
     */
    public static DeliveryStatusFields parse(String text) {
        List<Header> all = new ArrayList<>();
        java.util.Set<Integer> blockStarts = new java.util.HashSet<>();
        int position = 0;
        while (position < text.length() && all.size() < 4_000) {
            while (position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            if (position >= text.length()) {
                break;
            }
            MimeParser.HeaderBlock block = MimeParser.headers(text, position, text.length(), false);
            if (block.headers().isEmpty()) {
                int newline = text.indexOf('\n', position);
                position = newline < 0 ? text.length() : newline + 1;
                continue;
            }
            blockStarts.add(all.size());
            all.addAll(block.headers().fields());
            position = Math.max(block.bodyStart(), position + 1);
        }
        List<Headers> blocks = new ArrayList<>();
        List<Header> current = new ArrayList<>();
        boolean seenFinal = false;
        boolean seenOriginal = false;
        for (int i = 0; i < all.size(); i++) {
            Header header = all.get(i);
            boolean isFinal = header.name().equals("final-recipient");
            boolean isOriginal = header.name().equals("original-recipient");
            if ((blockStarts.contains(i) && !current.isEmpty()) || (isFinal && seenFinal) || (isOriginal && seenOriginal)) {
                blocks.add(new Headers(current));
                current = new ArrayList<>();
                seenFinal = false;
                seenOriginal = false;
            }
            current.add(header);
            seenFinal |= isFinal;
            seenOriginal |= isOriginal;
        }
        if (!current.isEmpty()) {
            blocks.add(new Headers(current));
        }
        Headers perMessage = Headers.EMPTY;
        List<Headers> recipients = new ArrayList<>();
        for (Headers block : blocks) {
            if (block.has("final-recipient") || block.has("original-recipient")) {
                if (recipients.size() < MAX_RECIPIENTS) {
                    recipients.add(block);
                }
            } else if (perMessage.isEmpty()) {
                perMessage = block;
            } else if (!recipients.isEmpty() && (block.has("status") || block.has("diagnostic-code"))) {
                // A stray blank line inside a recipient's block: merge it back.
                List<Header> merged = new ArrayList<>(recipients.remove(recipients.size() - 1).fields());
                merged.addAll(block.fields());
                recipients.add(new Headers(merged));
            }
        }
        return new DeliveryStatusFields(perMessage, recipients);
    }

    public boolean isEmpty() {
        return perRecipient.isEmpty();
    }
}
