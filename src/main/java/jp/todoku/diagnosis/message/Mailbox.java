package jp.todoku.diagnosis.message;

import java.util.ArrayList;
import java.util.List;

/** Splits an mbox file (messages separated by {@code From } lines) into its messages. */
public final class Mailbox {

    static final int MAX_MESSAGES = 10_000;

    private Mailbox() {
    }

    /** True when the text starts with an mbox separator line such as {@code From MAILER-DAEMON Mon ...}. */
    public static boolean isMailbox(String text) {
        if (!text.startsWith("From ")) {
            return false;
        }
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.indexOf(':') < 0 || line.matches("From \\S+ .*\\d{1,2}:\\d{2}.*");
    }

    /** The messages of an mbox text with LF line ends; the whole text when it holds one. */
    public static List<String> split(String text) {
        List<String> messages = new ArrayList<>();
        int start = 0;
        int position = 0;
        while (messages.size() < MAX_MESSAGES) {
            int found = text.indexOf("\n\nFrom ", position);
            if (found < 0) {
                break;
            }
            messages.add(text.substring(start, found + 1));
            start = found + 2;
            position = start;
        }
        messages.add(text.substring(start));
        return messages;
    }
}
