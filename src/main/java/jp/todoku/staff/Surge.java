package jp.todoku.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One reason or receiving provider that came in much more often in the last hour than usual: for
 * example many Outlook.com blocks at once, which usually means an incident there or our sending IP
 * on a block list. {@code dimension} is "reason" or "provider".
 */
record Surge(String dimension, String key, long lastHour, double hourlyAverage) {

    /** Hours in the comparison window (seven days). */
    static final int BASELINE_HOURS = 7 * 24;

    /** Ratio for display, rounded to one decimal; "new" (infinite) when it never happened before. */
    public String ratio() {
        return hourlyAverage == 0 ? "∞" : String.format(Locale.ROOT, "%.1f", lastHour / hourlyAverage);
    }

    public String average() {
        return String.format(Locale.ROOT, "%.2f", hourlyAverage);
    }

    /** The surges among the last hour's counts against the counts of the seven days before, biggest first. */
    static List<Surge> find(String dimension, Map<String, Long> lastHour, Map<String, Long> baseline,
                            SurgeSettings settings) {
        List<Surge> surges = new ArrayList<>();
        lastHour.forEach((key, count) -> {
            if (key == null || key.isEmpty()) {
                return; // "unknown" is not one problem
            }
            double average = baseline.getOrDefault(key, 0L) / (double) BASELINE_HOURS;
            if (count >= settings.minimum() && count >= settings.factor() * average) {
                surges.add(new Surge(dimension, key, count, average));
            }
        });
        surges.sort(Comparator.comparingLong(Surge::lastHour).reversed());
        return surges;
    }
}
