package jp.todoku.diagnosis.message;

import java.util.Set;

/** Tells a whole message from a pasted fragment (a few error lines with no header block). */
public final class Fragments {

    // Header names that only a real message head carries; one of them must appear.
    private static final Set<String> MESSAGE_HEADERS = Set.of("from", "to", "subject", "date", "received", "return-path",
            "message-id", "content-type", "mime-version", "delivered-to", "x-original-to", "reply-to", "sender",
            "auto-submitted", "x-failed-recipients", "envelope-to", "x-mailer");

    private Fragments() {
    }

    /** True when the text starts with a header block (after an optional mbox "From " line). */
    public static boolean looksLikeMessage(String latin1) {
        int start = 0;
        while (start < latin1.length() && start < 4_096 && (latin1.charAt(start) == '\n' || latin1.charAt(start) == ' ')) {
            start++;
        }
        int end = Math.min(latin1.length(), start + 262_144);
        MimeParser.HeaderBlock block = MimeParser.headers(latin1, start, end, false);
        int known = 0;
        for (Header header : block.headers().fields()) {
            if (MESSAGE_HEADERS.contains(header.name())) {
                known++;
            }
        }
        return known >= 2 || known == 1 && block.headers().fields().size() >= 3;
    }
}
