package jp.todoku.headers;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dates as mail servers write them (RFC 5322, its obsolete zone names, asctime order, "JST" and a trailing
 * "(PST)" comment), read token by token without a regular expression so any length of junk stays linear.
 */
final class MailDate {

    private static final String MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec";
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("ut", 0), Map.entry("utc", 0),
            Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("est", -5), Map.entry("edt", -4),
            Map.entry("cst", -6), Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6),
            Map.entry("pst", -8), Map.entry("pdt", -7), Map.entry("jst", 9));
    private static final int MAX_CHARS = 200;

    private MailDate() {
    }

    static Optional<OffsetDateTime> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Parts parts = new Parts();
        String[] tokens = withoutComments(text).toLowerCase(Locale.ROOT).split("[\\s,]+");
        for (String token : tokens) {
            if (!token.isEmpty()) {
                parts.take(token);
            }
        }
        return parts.toDate();
    }

    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The pieces found so far; a token fills the first slot it fits. */
    private static final class Parts {
        int day = -1;
        int month = -1;
        int year = -1;
        int hour = -1;
        int minute = -1;
        int second = 0;
        Integer offsetMinutes;

        void take(String token) {
            if (token.indexOf(':') > 0 && hour < 0) {
                time(token);
            } else if ((token.charAt(0) == '+' || token.charAt(0) == '-') && token.length() == 5 && digits(token, 1)) {
                int value = Integer.parseInt(token.substring(1));
                int minutes = value / 100 * 60 + value % 100;
                offsetMinutes = token.charAt(0) == '-' ? -minutes : minutes;
            } else if (digits(token, 0) && token.length() <= 4) {
                int value = Integer.parseInt(token);
                if (token.length() <= 2 && day < 0 && value >= 1 && value <= 31) {
                    day = value;
                } else if (year < 0) {
                    year = token.length() == 2 ? (value < 50 ? 2000 + value : 1900 + value) : value;
                }
            } else if (token.length() >= 3 && month < 0 && MONTHS.contains(token.substring(0, 3))
                    && Character.isLetter(token.charAt(0))) {
                month = MONTHS.indexOf(token.substring(0, 3)) / 4 + 1;
            } else if (offsetMinutes == null && ZONES.containsKey(token)) {
                offsetMinutes = ZONES.get(token) * 60;
            }
        }

        private void time(String token) {
            String[] pieces = token.split(":", 4);
            if (pieces.length < 2 || pieces.length > 3) {
                return;
            }
            for (String piece : pieces) {
                if (piece.isEmpty() || piece.length() > 2 || !digits(piece, 0)) {
                    return;
                }
            }
            hour = Integer.parseInt(pieces[0]);
            minute = Integer.parseInt(pieces[1]);
            second = pieces.length == 3 ? Integer.parseInt(pieces[2]) : 0;
        }

        Optional<OffsetDateTime> toDate() {
            if (day < 0 || month < 0 || year < 1970 || year > 2200 || hour < 0) {
                return Optional.empty();
            }
            int offset = offsetMinutes == null ? 0 : offsetMinutes;
            try {
                return Optional.of(OffsetDateTime.of(year, month, day, hour, minute, Math.min(second, 59), 0,
                        ZoneOffset.ofTotalSeconds(offset * 60)));
            } catch (DateTimeException invalid) {
                return Optional.empty();
            }
        }

        private static boolean digits(String token, int from) {
            if (token.length() <= from) {
                return false;
            }
            for (int i = from; i < token.length(); i++) {
                if (!Character.isDigit(token.charAt(i)) || token.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
