package jp.todoku.headers;

import java.util.Locale;

/** How far a hop's delay can be trusted. */
public enum HopState {
    /** The delay was measured between two readable dates and is not negative. */
    MEASURED,
    /** The first step, from the Date header the sender's program wrote to the first server. */
    FROM_SENT_DATE,
    /** Nothing to measure from: the first hop without a Date header, or no readable earlier date. */
    START,
    /** The hop's date is missing or unreadable. */
    NO_DATE,
    /** The date is earlier than the step before: one of the two clocks is wrong, so the figure is not trusted. */
    CLOCK_SKEW;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean trusted() {
        return this == MEASURED || this == FROM_SENT_DATE;
    }
}
