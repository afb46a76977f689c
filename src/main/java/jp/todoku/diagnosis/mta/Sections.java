package jp.todoku.diagnosis.mta;


/** Finds where a bounce's own text ends and the returned original message begins. */
public final class Sections {

    // Lines mail servers write above the returned message (lower case, matched at a line's start
    // after dashes and spaces). Seen in qmail, Exim, Sendmail, Courier, Notes and others.
    private static final String[] ORIGINAL_MARKERS = {
        "below this line is a copy of the message",
        "this is a copy of the message",
        "this is a copy of your message",
        "included is a copy of the message header",
        "a copy of the original message",
        "original message follows",
        "original message",
        "unsent message follows",
        "returned message",
        "message headers follow",
        "the header of the original message",
        "the original message headers",
        "original message header",
        "headers of the original message",
        "content-type: message/rfc822",
        "content-type: text/rfc822-headers",
        "this is a copy of the first part of the message",
        "the text you sent follows",
        "your message reads (in part)",
        "---------- forwarded message",
        "the attached message",
        "included is a copy of your message",
        "元のメッセージ",
        "送信したメッセージ",
    };

    // The first letters of the markers, so most lines are passed over after one look.
    private static final String FIRST_LETTERS = firstLetters();

    private static String firstLetters() {
        StringBuilder letters = new StringBuilder();
        for (String marker : ORIGINAL_MARKERS) {
            if (letters.indexOf(marker.substring(0, 1)) < 0) {
                letters.append(marker.charAt(0));
            }
        }
        return letters.toString();
    }

    private Sections() {
    }

    /**
     * The headers of a returned original that a plain-text bounce pastes below its marker line
     * ("--- Below this line is a copy of the message."); empty when there is none.
     */
    public static jp.todoku.diagnosis.message.Headers inlineOriginal(String body) {
        return inlineOriginal(body, errorSection(body).length());
    }

    static jp.todoku.diagnosis.message.Headers inlineOriginal(String body, int cut) {
        if (cut >= body.length()) {
            return jp.todoku.diagnosis.message.Headers.EMPTY;
        }
        int start = body.indexOf('\n', cut);
        int limit = Math.min(body.length(), cut + 4_096);
        while (start >= 0 && start < limit) {
            int lineEnd = body.indexOf('\n', start + 1);
            String line = body.substring(start + 1, lineEnd < 0 ? body.length() : lineEnd);
            if (line.indexOf(':') > 0 && line.indexOf(':') < 40 && !line.startsWith(" ") && line.indexOf(' ') > line.indexOf(':')) {
                return jp.todoku.diagnosis.message.ParsedMessage.headersAt(body, start + 1);
            }
            start = lineEnd;
        }
        return jp.todoku.diagnosis.message.Headers.EMPTY;
    }

    static String errorSection(String body) {
        if (body.isEmpty()) {
            return body;
        }
        int position = 0;
        int length = body.length();
        while (position < length) {
            int newline = body.indexOf('\n', position);
            int end = newline < 0 ? length : newline;
            int start = position;
            while (start < end && start - position < 40 && (body.charAt(start) == '-' || body.charAt(start) == ' '
                    || body.charAt(start) == '=' || body.charAt(start) == '*' || body.charAt(start) == '_')) {
                start++;
            }
            if (end - start > 8 && FIRST_LETTERS.indexOf(Character.toLowerCase(body.charAt(start))) >= 0) {
                for (String marker : ORIGINAL_MARKERS) {
                    if (end - start >= marker.length() && body.regionMatches(true, start, marker, 0, marker.length())) {
                        return body.substring(0, position);
                    }
                }
            }
            if (newline < 0) {
                break;
            }
            position = newline + 1;
        }
        return body;
    }
}
