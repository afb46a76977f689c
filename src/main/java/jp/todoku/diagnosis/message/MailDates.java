package jp.todoku.diagnosis.message;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 5322 dates as mail servers really write them (comments, missing seconds, zone names). */
public final class MailDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([+-]\\d{4}|[a-z]{1,5})?",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Map<String, Integer> ZONES = Map.of("ut", 0, "utc", 0, "gmt", 0, "z", 0, "jst", 540,
            "est", -300, "edt", -240, "cst", -360, "cdt", -300, "pst", -480);

    private MailDates() {
    }

    public static Optional<OffsetDateTime> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher matcher = DATE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            int day = Integer.parseInt(matcher.group(1));
            int month = MONTHS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) / 3 + 1;
            int year = Integer.parseInt(matcher.group(3));
            year = year < 50 ? 2000 + year : year < 100 ? 1900 + year : year;
            int second = matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6));
            return Optional.of(OffsetDateTime.of(year, month, day, Integer.parseInt(matcher.group(4)),
                    Integer.parseInt(matcher.group(5)), second, 0, zone(matcher.group(7))));
        } catch (DateTimeException | NumberFormatException invalid) {
            return Optional.empty();
        }
    }

    private static ZoneOffset zone(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            int sign = zone.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            if (hours > 17) {
                return ZoneOffset.UTC;
            }
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }
        return ZoneOffset.ofTotalSeconds(ZONES.getOrDefault(zone.toLowerCase(Locale.ROOT), 0) * 60);
    }
}
