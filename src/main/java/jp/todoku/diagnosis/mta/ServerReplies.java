package jp.todoku.diagnosis.mta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mail server's own reply inside whatever a customer pasted: a webmail notice in Japanese
 * or English around it ("The response from the remote server was:", "Remote Server returned '…'",
 * "サーバーの応答:"), a mail client's dialog ("Server Response: '550 …'"), quoted with {@code >},
 * wrapped, or sent as a multi-line reply ({@code 550-5.1.1 … / 550 5.1.1 …}). The server's words
 * say more than the notice's own sentence, so the fragment reader decides on them.
 *
 * <p>Input is folded (full-width digits made ASCII) and unquoted by the caller. One pass over the
 * lines; the pattern is anchored to a three-digit token with bounded repetitions, so it is linear.
 */
final class ServerReplies {

    // A reply code not inside a longer number or an IP address, followed by a space or a dash (a
    // multi-line reply), optionally by an enhanced status code.
    static final Pattern REPLY = Pattern.compile(
            "(?<![0-9.:/#-])([245][0-9]{2})([ -])(?:#?([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9]))?");
    private static final Pattern STATUS = Pattern.compile("(?<![0-9.])([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9])");
    private static final int MAXIMUM_LINES = 2_000;
    private static final int MAXIMUM_REPLY = 2_000;

    private ServerReplies() {
    }

    /**
     * The most specific server reply in the text, continuation lines joined: one with an enhanced
     * status code beats one with only a reply code; the first of equals wins. Empty when there is none.
     */
    static Optional<String> best(String text) {
        String[] lines = text.split("\n", MAXIMUM_LINES + 1);
        int bestLine = -1;
        int bestStart = 0;
        int bestScore = 0;
        for (int i = 0; i < Math.min(lines.length, MAXIMUM_LINES); i++) {
            if (!Scan.mayHoldReplyCode(lines[i])) {
                continue;
            }
            Matcher matcher = REPLY.matcher(lines[i]);
            if (!matcher.find()) {
                continue;
            }
            int score = matcher.group(3) != null ? 3 : STATUS.matcher(lines[i]).find() ? 2 : 1;
            if (score > bestScore) {
                bestScore = score;
                bestLine = i;
                bestStart = matcher.start();
            }
        }
        if (bestLine < 0) {
            return Optional.empty();
        }
        return Optional.of(joined(lines, bestLine, bestStart));
    }

    /** The reply from its code on, with the lines that continue it: same code with a dash, or indented. */
    private static String joined(String[] lines, int first, int start) {
        StringBuilder reply = new StringBuilder(lines[first].substring(start).strip());
        String code = reply.length() >= 3 ? reply.substring(0, 3) : "";
        boolean multiLine = reply.length() > 3 && reply.charAt(3) == '-';
        for (int i = first + 1; i < lines.length && reply.length() < MAXIMUM_REPLY; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                break;
            }
            if (multiLine && (stripped.startsWith(code + "-") || stripped.startsWith(code + " "))) {
                reply.append(' ').append(withoutCodes(stripped.substring(4)));
                multiLine = stripped.charAt(3) == '-';
            } else if (Character.isWhitespace(line.charAt(0)) && !multiLine) {
                reply.append(' ').append(stripped);
            } else {
                break;
            }
        }
        return trimQuotes(reply.toString());
    }

    /** A continuation line repeats the status code ("550-5.1.1 double-checking …"): say it once. */
    private static String withoutCodes(String rest) {
        Matcher status = STATUS.matcher(rest);
        return status.lookingAt() ? rest.substring(status.end()).strip() : rest.strip();
    }

    /** "Remote Server returned '550 …'": the notice's closing quote is not the server's. */
    private static String trimQuotes(String reply) {
        String trimmed = reply.strip();
        while (!trimmed.isEmpty() && (trimmed.endsWith("'") || trimmed.endsWith("\"") || trimmed.endsWith("’"))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
