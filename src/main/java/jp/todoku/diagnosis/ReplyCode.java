package jp.todoku.diagnosis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An RFC 5321 reply code such as {@code 550}. */
public record ReplyCode(int value) {

    private static final Pattern CODE = Pattern.compile("(?<![0-9.])([245][0-5][0-9])(?![0-9.])");

    public ReplyCode {
        if (value < 200 || value > 599) {
            throw new IllegalArgumentException("reply code must be 200-599: " + value);
        }
    }

    /** The first reply code written in the text, if any. */
    public static Optional<ReplyCode> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CODE.matcher(text);
        return matcher.find() ? Optional.of(new ReplyCode(Integer.parseInt(matcher.group(1)))) : Optional.empty();
    }

    public int replyClass() {
        return value / 100;
    }

    public boolean isTemporary() {
        return replyClass() == 4;
    }

    public boolean isPermanent() {
        return replyClass() == 5;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
