package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.ReplyCode;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * Small linear scanners the readers share: addresses, codes, the SMTP step and the remote host in
 * error text. Every pattern is bounded; long lines are cut before any pattern sees them.
 */
public final class Scan {

    static final int MAX_TEXT = 4_000;

    static final Pattern STATUS = Pattern.compile("(?<![0-9.])([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9]|\\.[0-9])");
    // A reply code starts the error text or follows a separator, and is followed by a space or '-'.
    static final Pattern REPLY = Pattern.compile("(?:^|[\\s:;(\\[<\"'])([245][0-5][0-9])(?:[ \\-:,]|$)");
    private static final Pattern COMMAND = Pattern.compile(
            "(?i)(?:in reply to|after|>>>|most progress was|sending|in response to|during|for) "
                    + "(?:the )?(rcpt to|mail from|data|end of data|ehlo|helo|starttls|auth|bdat|rcpt|mail|connect|quit)\\b");
    private static final Pattern COMMAND_RESPONSE = Pattern.compile(
            "(?i)\\b(RCPT TO|MAIL FROM|DATA|EHLO|HELO)(?: command)?:? (?:response|command)");
    // What every match of COMMAND and of COMMAND_RESPONSE starts with, in lower case (see find).
    private static final String[] COMMAND_STARTS = {"in reply to ", "after ", ">>> ", "most progress was ", "sending ",
        "in response to ", "during ", "for "};
    private static final String[] COMMAND_RESPONSE_STARTS = {"rcpt to", "mail from", "data", "ehlo", "helo"};
    static final Pattern HOST = Pattern.compile(
            "(?i)(?:\\bhost|while talking to|remote server|remote-mta: dns;|\\bmx|connect to)\\s+\\[?([a-z0-9][a-z0-9.-]{0,200}[a-z0-9])\\.?\\]?(?:[\\s\\[(:,]|$)");

    static final String[] HOST_STARTS = {"host", "while talking to", "remote server", "remote-mta: dns;", "mx", "connect to"};

    private Scan() {
    }

    /** Whitespace runs (newlines included) become one space; the result is trimmed and capped. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == 0) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    public static DeliveryStatus status(String text) {
        String cut = text == null ? "" : cut(text);
        if (!mayHoldStatus(cut)) {
            return null;
        }
        Matcher matcher = STATUS.matcher(cut);
        while (matcher.find()) {
            int subject = Integer.parseInt(matcher.group(2));
            int detail = Integer.parseInt(matcher.group(3));
            if (subject <= 7 && !(matcher.group(1).equals("2") && subject == 0 && detail == 0)) {
                return new DeliveryStatus(Integer.parseInt(matcher.group(1)), subject, detail);
            }
        }
        return null;
    }

    /** The last status code in the text, or {@code otherwise} when it has none. */
    static DeliveryStatus lastStatus(String text, DeliveryStatus otherwise) {
        String cut = cut(text);
        if (!mayHoldStatus(cut)) {
            return otherwise;
        }
        DeliveryStatus last = null;
        Matcher matcher = STATUS.matcher(cut);
        while (matcher.find()) {
            int subject = Integer.parseInt(matcher.group(2));
            if (subject <= 7) {
                last = new DeliveryStatus(Integer.parseInt(matcher.group(1)), subject, Integer.parseInt(matcher.group(3)));
            }
        }
        return last != null ? last : otherwise;
    }

    static ReplyCode lastReplyCode(String text) {
        String cut = cut(text);
        if (!mayHoldReplyCode(cut)) {
            return null;
        }
        ReplyCode last = null;
        Matcher matcher = REPLY.matcher(cut);
        while (matcher.find()) {
            int code = Integer.parseInt(matcher.group(1));
            if (isSmtpReply(code)) {
                last = new ReplyCode(code);
            }
        }
        return last;
    }

    public static ReplyCode replyCode(String text) {
        String cut = text == null ? "" : cut(text);
        if (!mayHoldReplyCode(cut)) {
            return null;
        }
        Matcher matcher = REPLY.matcher(cut);
        while (matcher.find()) {
            int code = Integer.parseInt(matcher.group(1));
            if (isSmtpReply(code)) {
                return new ReplyCode(code);
            }
        }
        return null;
    }

    /**
     * Whether the text has the shape every status code match starts with, a class digit, a dot and a digit
     * ({@code 5.1}). The readers ask line by line and nearly every line has none: this one pass with
     * {@link String#indexOf(int)} answers them, where the pattern's look-behind was tried at every character.
     */
    static boolean mayHoldStatus(String text) {
        for (int dot = text.indexOf('.'); dot >= 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            char before = dot > 0 ? text.charAt(dot - 1) : ' ';
            char after = text.charAt(dot + 1);
            if ((before == '2' || before == '4' || before == '5') && after >= '0' && after <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text has three digits that could start a reply code, {@code [245][0-9][0-9]}: what every
     * match of {@link #REPLY} and of {@link ServerReplies}' reply pattern holds. See {@link #mayHoldStatus}.
     */
    static boolean mayHoldReplyCode(String text) {
        for (int index = 0, last = text.length() - 2; index < last; index++) {
            char first = text.charAt(index);
            if ((first == '2' || first == '4' || first == '5') && isDigit(text.charAt(index + 1))
                    && isDigit(text.charAt(index + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The reply codes SMTP servers send (RFC 5321, 3207, 4954, 7504 and the widely used 571), so a
     * number such as an FTP 426, an exit status 255 or a size "SIZE=222" is not taken for one.
     */
    static boolean isSmtpReply(int code) {
        return switch (code) {
            case 211, 214, 220, 221, 235, 250, 251, 252, 253,
                 421, 422, 430, 432, 450, 451, 452, 453, 454, 455, 458, 459, 471,
                 500, 501, 502, 503, 504, 521, 523, 524, 525, 530, 534, 535, 538,
                 550, 551, 552, 553, 554, 555, 556, 557, 571 -> true;
            default -> false;
        };
    }

    public static SmtpCommand command(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String cut = cut(text);
        String lower = lowerAscii(cut);
        Matcher matcher = find(COMMAND, cut, lower, COMMAND_STARTS);
        if (matcher == null) {
            matcher = find(COMMAND_RESPONSE, cut, lower, COMMAND_RESPONSE_STARTS);
            if (matcher == null) {
                return null;
            }
        }
        String word = matcher.group(1).toUpperCase(Locale.ROOT);
        if (word.startsWith("END OF DATA")) {
            return SmtpCommand.DATA;
        }
        return SmtpCommand.find(word).orElse(null);
    }

    /**
     * The first match of {@code pattern} in {@code text}, as {@link Matcher#find()} gives it, trying the pattern
     * only where {@code lower} (the text with ASCII letters in lower case, as {@code (?i)} compares them) has
     * one of {@code starts}, with which every match begins: on a 4 KB paste the plain find tried the first
     * alternation at every character, which was a fifth of an import's diagnosis time.
     */
    private static Matcher find(Pattern pattern, String text, String lower, String[] starts) {
        int[] next = new int[starts.length];
        for (int index = 0; index < starts.length; index++) {
            next[index] = lower.indexOf(starts[index]);
        }
        Matcher matcher = null;
        while (true) {
            int at = -1;
            for (int position : next) {
                if (position >= 0 && (at < 0 || position < at)) {
                    at = position;
                }
            }
            if (at < 0) {
                return null;
            }
            if (matcher == null) {
                // Transparent bounds: look-behind and \b see the text before the start, as find() does.
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                return matcher;
            }
            for (int index = 0; index < starts.length; index++) {
                if (next[index] == at) {
                    next[index] = lower.indexOf(starts[index], at + 1);
                }
            }
        }
    }

    /** ASCII letters in lower case, every other character as it is (same length, same offsets). */
    static String lowerAscii(String text) {
        char[] chars = null;
        for (int index = 0; index < text.length(); index++) {
            char ch = text.charAt(index);
            if (ch >= 'A' && ch <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[index] = (char) (ch + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }

    public static String remoteHost(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String cut = cut(text);
        // Every match starts with one of these (in lower case, as (?i) compares ASCII): the pattern
        // is tried from the first of them on, not at every character before it (a third of the
        // readers' Draft.complete in the CLI's profile).
        String lower = lowerAscii(cut);
        int from = -1;
        for (String start : HOST_STARTS) {
            int at = lower.indexOf(start);
            if (at >= 0 && (from < 0 || at < from)) {
                from = at;
            }
        }
        if (from < 0) {
            return null;
        }
        Matcher matcher = HOST.matcher(cut);
        for (boolean found = matcher.find(from); found; found = matcher.find()) {
            String host = matcher.group(1).toLowerCase(Locale.ROOT);
            if (host.indexOf('.') > 0 && !host.equals("said") ) {
                return host;
            }
        }
        return null;
    }

    /** A clean address from a field such as {@code rfc822; <Cat@Example.JP>}, or null if none. */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        List<String> found = addresses(value, 1);
        if (found.isEmpty()) {
            return null;
        }
        return found.get(0);
    }

    /** Addresses in the text in order, found around each {@code @}; domains lower-cased. */
    public static List<String> addresses(String text, int limit) {
        List<String> found = new ArrayList<>();
        int position = 0;
        int length = text.length();
        while (found.size() < limit) {
            int at = text.indexOf('@', position);
            if (at < 0) {
                break;
            }
            int start = at;
            while (start > 0 && at - start < 64 && isLocal(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < length && end - at < 255 && isDomain(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            position = Math.max(end, at + 1);
            if (start == at || end <= at + 1) {
                continue;
            }
            String domain = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
            if (domain.indexOf('.') < 0 && !domain.equals("localhost")) {
                continue;
            }
            String address = text.substring(start, at) + "@" + domain;
            if (!found.contains(address)) {
                found.add(address);
            }
        }
        return found;
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".indexOf(c) >= 0);
    }

    private static boolean isDomain(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    /** True for the addresses of the mail system itself, which are never the failed recipient. */
    static boolean isSystemAddress(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("mailer-daemon@") || lower.startsWith("postmaster@")
                || lower.startsWith("mailer_daemon@") || lower.startsWith("double-bounce@");
    }
}
