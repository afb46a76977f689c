package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a human-readable bounce: lines that name a recipient (alone, in angle brackets, or followed
 * by a colon) and the error lines that follow each, up to the next blank line or recipient.
 */
final class TextReports {

    static final int MAX_LINES_PER_RECIPIENT = 12;
    static final int MAX_RECIPIENTS = 500;

    private TextReports() {
    }

    /** Drafts for each recipient line in the text, in order; empty when none is found. */
    static List<Draft> read(String text, String bounceFrom) {
        return read(text, bounceFrom, true);
    }

    /**
     * As {@link #read(String, String)}; with {@code fieldLabels} false, "Final-Recipient:" lines do
     * not name a recipient (used when the delivery-status fields were already read as such).
     */
    static List<Draft> read(String text, String bounceFrom, boolean fieldLabels) {
        List<Draft> drafts = new ArrayList<>();
        String[] lines = text.split("\n", 20_000);
        Draft current = null;
        int taken = 0;
        java.util.ArrayDeque<StringBuilder> before = new java.util.ArrayDeque<>();
        boolean blankSeen = true;
        java.util.Map<Draft, String> preceding = new java.util.HashMap<>();
        for (String raw : lines) {
            String line = raw.length() > Scan.MAX_TEXT ? raw.substring(0, Scan.MAX_TEXT) : raw;
            String trimmed = line.trim();
            String recipient = !fieldLabels && isStatusField(trimmed) ? null : recipientOf(trimmed);
            if (recipient != null && !recipient.toLowerCase(Locale.ROOT).startsWith("mailer-daemon@")
                    && !recipient.equalsIgnoreCase(bounceFrom)
                    && drafts.size() < MAX_RECIPIENTS) {
                current = find(drafts, recipient);
                if (current == null) {
                    current = new Draft(recipient);
                    drafts.add(current);
                    preceding.put(current, preceding(before));
                }
                before.clear();
                blankSeen = true;
                taken = 0;
                String rest = afterAddress(trimmed);
                if (trimmed.length() > 4 && Character.isDigit(trimmed.charAt(0)) && trimmed.charAt(3) == ' '
                        && Scan.replyCode(rest) == null) {
                    // "550 cat@example.org... No such user": keep the code the line starts with.
                    rest = trimmed.substring(0, 3) + " " + rest;
                }
                if (!rest.isEmpty()) {
                    current.diagnosticText = join(current.diagnosticText, rest);
                }
                continue;
            }
            if (current == null) {
                if (trimmed.isEmpty()) {
                    blankSeen = true;
                } else if (!isRule(trimmed)) {
                    if (blankSeen || before.isEmpty()) {
                        before.addLast(new StringBuilder());
                        if (before.size() > 4) {
                            before.removeFirst();
                        }
                        blankSeen = false;
                    }
                    if (before.getLast().length() < 1_000) {
                        before.getLast().append(trimmed).append(' ');
                    }
                }
                continue;
            }
            if (isRule(trimmed)) {
                continue;
            }
            if (trimmed.isEmpty()) {
                // "because:" or "For the following reason:" then a blank line: the reason follows.
                if (!current.diagnosticText.isEmpty() && !current.diagnosticText.endsWith(":")) {
                    current = null;
                }
                continue;
            }
            if (taken++ < MAX_LINES_PER_RECIPIENT) {
                current.diagnosticText = join(current.diagnosticText, trimmed);
            }
        }
        for (Draft draft : drafts) {
            // "The user(s) account is disabled.\n<cat@example.jp>": the error came first. And
            // "Could not be delivered because of 550 5.1.1 User unknown. The following recipients
            // were affected: cat@example.jp": the code is in a paragraph before the address.
            String earlier = preceding.getOrDefault(draft, "");
            boolean ownCode = Scan.replyCode(draft.diagnosticText) != null || Scan.status(draft.diagnosticText) != null;
            boolean earlierCode = Scan.replyCode(earlier) != null || Scan.status(earlier) != null;
            draft.text(draft.diagnosticText.isEmpty() || !ownCode && earlierCode ? earlier : draft.diagnosticText);
        }
        if (drafts.isEmpty()) {
            drafts.addAll(FailureSentences.read(lines, bounceFrom));
        }
        return drafts;
    }

    private static boolean isStatusField(String trimmed) {
        return trimmed.regionMatches(true, 0, "final-recipient:", 0, 16) || trimmed.regionMatches(true, 0, "original-recipient:", 0, 19)
                || trimmed.regionMatches(true, 0, "x-actual-recipient:", 0, 19);
    }

    /** The last paragraph before an address, reaching back to an earlier one that carries a code. */
    private static String preceding(java.util.ArrayDeque<StringBuilder> paragraphs) {
        List<StringBuilder> list = new ArrayList<>();
        for (StringBuilder paragraph : paragraphs) {
            if (!isIntroduction(paragraph.toString().trim())) {
                list.add(paragraph);
            }
        }
        int from = list.size() - 1;
        for (int i = list.size() - 1; i >= 0; i--) {
            String paragraph = list.get(i).toString();
            if (Scan.replyCode(paragraph) != null || Scan.status(paragraph) != null) {
                from = i;
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, from); i < list.size(); i++) {
            text.append(list.get(i));
        }
        return text.toString().trim();
    }

    // How reports open; such a paragraph only introduces the failure and says nothing of its cause.
    private static final String[] INTRODUCTIONS = {"this is an automatically generated", "this is the mail system",
        "this message was created automatically", "hi. this is the", "this is a mime-encapsulated message",
        "this message is in mime format", "this is a multi-part message"};

    /** An opening line of a report, or a lead-in to the list of addresses ("... recipients:"). */
    private static boolean isIntroduction(String paragraph) {
        if (paragraph.endsWith(":")) {
            return true;
        }
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (String opening : INTRODUCTIONS) {
            if (lower.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /** A line of only "=", "-", "*" or "_": a ruler between sections. */
    private static boolean isRule(String trimmed) {
        if (trimmed.length() < 3) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c != '=' && c != '-' && c != '*' && c != '_' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static Draft find(List<Draft> drafts, String recipient) {
        for (Draft draft : drafts) {
            if (draft.recipient.equalsIgnoreCase(recipient)) {
                return draft;
            }
        }
        return null;
    }

    private static String join(String text, String more) {
        return text.isEmpty() ? more : text + " " + more;
    }

    /** The address a line is about, when the line starts with it (after "<", quotes or a label). */
    static String recipientOf(String trimmed) {
        if (trimmed.isEmpty() || trimmed.indexOf('@') < 0 || trimmed.length() > 1_000) {
            return null;
        }
        String line = trimmed;
        String lower = line.toLowerCase(Locale.ROOT);
        for (String label : new String[] {"recipient address:", "recipient:", "original-recipient:", "final-recipient:",
                "failed recipient:", "rcpt to:", "address:", "送信先:"}) {
            if (lower.startsWith(label)) {
                line = line.substring(label.length()).trim();
                if (line.regionMatches(true, 0, "rfc822;", 0, 7)) {
                    line = line.substring(7).trim();
                }
                break;
            }
        }
        if (line.length() > 4 && Character.isDigit(line.charAt(0)) && Scan.replyCode(line.substring(0, 4)) != null
                && line.charAt(3) == ' ') {
            // Old Sendmail: "554 <cat@example.org>... 550 Host unknown".
            line = line.substring(4).trim();
        }
        int start = 0;
        if (line.startsWith("* ") || line.startsWith("- ")) {
            line = line.substring(2).trim();
        }
        while (start < line.length() && start < 3 && (line.charAt(start) == '<' || line.charAt(start) == '"'
                || line.charAt(start) == '\'' || line.charAt(start) == '(')) {
            start++;
        }
        List<String> found = Scan.addresses(line, 1);
        if (found.isEmpty()) {
            return null;
        }
        String address = found.get(0);
        int at = line.indexOf('@');
        int localLength = address.indexOf('@');
        if (at - localLength != start) {
            return null;
        }
        return address;
    }

    private static String afterAddress(String trimmed) {
        int at = trimmed.indexOf('@');
        int end = at + 1;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end)) && trimmed.charAt(end) != '>'
                && trimmed.charAt(end) != ':' && trimmed.charAt(end) != '"' && trimmed.charAt(end) != ')'
                && trimmed.charAt(end) != '<') {
            end++;
        }
        while (end < trimmed.length() && (trimmed.charAt(end) == '>' || trimmed.charAt(end) == ':'
                || trimmed.charAt(end) == '"' || trimmed.charAt(end) == ')' || trimmed.charAt(end) == '.'
                || trimmed.charAt(end) == ' ')) {
            end++;
        }
        String rest = trimmed.substring(end).trim();
        // Office 365 writes "cat@example.jp<mailto:cat@example.jp>": the link is not error text.
        if (rest.regionMatches(true, 0, "<mailto:", 0, 8)) {
            int close = rest.indexOf('>');
            rest = close > 0 ? rest.substring(close + 1).trim() : "";
        }
        return rest;
    }
}
