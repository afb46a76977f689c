package jp.todoku.diagnosis.message;

import java.util.ArrayList;
import java.util.List;

/** Splits an mbox file (messages separated by {@code From } lines) into its messages. */
public final class Mailbox {

    static final int MAX_MESSAGES = 10_000;

    private Mailbox() {
    }

    // "From sender Thu Jul  2 12:05:05 2020": the separator line mbox writers put above each message.
    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile(
            "From \\S{1,300} +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\\d{1,2} .*");

    /** True when the text starts with an mbox separator line such as {@code From MAILER-DAEMON Mon ...}. */
    public static boolean isMailbox(String text) {
        return text.startsWith("From ") && isSeparator(text, 0);
    }

    private static boolean isSeparator(String text, int start) {
        int newline = text.indexOf('\n', start);
        int end = newline < 0 ? text.length() : newline;
        return end - start < 400 && SEPARATOR.matcher(text.substring(start, end)).matches();
    }

    /**
     * The messages of an mbox text with LF line ends; the whole text when it holds one. A separator
     * needs no blank line before it (many writers leave it out), but must look like one.
     */
    public static List<String> split(String text) {
        List<String> messages = new ArrayList<>();
        int start = 0;
        int position = 0;
        while (messages.size() < MAX_MESSAGES) {
            int found = text.indexOf("\nFrom ", position);
            if (found < 0) {
                break;
            }
            position = found + 1;
            if (!isSeparator(text, found + 1)) {
                continue;
            }
            messages.add(text.substring(start, found + 1));
            start = found + 1;
        }
        messages.add(text.substring(start));
        return messages;
    }
}
