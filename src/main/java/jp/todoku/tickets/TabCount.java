package jp.todoku.tickets;

import java.util.Locale;

/**
 * How many tickets a queue tab holds: exact, or at least {@code count} when counting on would have cost
 * a scan ("10,000+"). Prints itself as the tab shows it.
 */
public record TabCount(long count, boolean atLeast) {

    public TabCount {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d", count) + (atLeast ? "+" : "");
    }
}
