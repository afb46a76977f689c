package jp.todoku.diagnosis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 3463 enhanced status code such as {@code 5.1.1}: class (2, 4 or 5), subject and detail.
 */
public record DeliveryStatus(int statusClass, int subject, int detail) {

    // Bounded repetitions keep the scan linear; a leading digit or dot would make it part of a longer token.
    private static final Pattern CODE = Pattern.compile("(?<![0-9.])([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9])");

    public DeliveryStatus {
        if (statusClass != 2 && statusClass != 4 && statusClass != 5) {
            throw new IllegalArgumentException("status class must be 2, 4 or 5: " + statusClass);
        }
        if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
            throw new IllegalArgumentException("subject and detail must be 0-999");
        }
    }

    /** The first status code written in the text, if any. */
    public static Optional<DeliveryStatus> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryStatus(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
    }

    public boolean isSuccess() {
        return statusClass == 2;
    }

    public boolean isTemporary() {
        return statusClass == 4;
    }

    public boolean isPermanent() {
        return statusClass == 5;
    }

    /** A made-up x.0.9xx code that stands for a reason when the message carried none. */
    public boolean isPseudo() {
        return subject == 0 && detail >= 900;
    }

    @Override
    public String toString() {
        return statusClass + "." + subject + "." + detail;
    }
}
