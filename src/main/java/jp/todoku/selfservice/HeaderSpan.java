package jp.todoku.selfservice;

import java.time.Duration;

/**
 * A duration as a message key and its arguments ("12 min 5 s", "3時間2分"), so both languages word it
 * themselves. Negative spans (clock skew) are worded by their size, the page says they are not trusted.
 *
 * @param key       a key under selfservice.headers.span.*
 * @param arguments the numbers it takes
 */
public record HeaderSpan(String key, Object[] arguments) {

    static final HeaderSpan NONE = new HeaderSpan("selfservice.headers.span.none", new Object[0]);

    static HeaderSpan of(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        long seconds = Math.abs(duration.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (days > 0) {
            return new HeaderSpan("selfservice.headers.span.days", new Object[] {days, hours});
        }
        if (hours > 0) {
            return new HeaderSpan("selfservice.headers.span.hours", new Object[] {hours, minutes});
        }
        if (minutes > 0) {
            return new HeaderSpan("selfservice.headers.span.minutes", new Object[] {minutes, rest});
        }
        return new HeaderSpan("selfservice.headers.span.seconds", new Object[] {rest});
    }
}
