package jp.todoku.selfservice;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.headers.Authentication;
import jp.todoku.headers.HeaderAnalysis;
import jp.todoku.headers.Hop;

/**
 * A header analysis as the pages show it (the customer's header page and the staff ticket view): times
 * in one zone (Japan time for Japanese, UTC for English readers, the zone named), durations as message
 * keys, the timeline's geometry. Everything shown comes from the message: th:text only.
 *
 * @param analysis the engine's analysis
 * @param zoneKey  the message key naming the zone the times are in
 * @param rows     one a hop, in route order
 * @param timeline the SVG geometry
 * @param total    the whole route's duration
 * @param sent     the Date header in the zone, or ""
 * @param verdicts SPF, DKIM and DMARC in that order
 */
public record HeaderReport(HeaderAnalysis analysis, String zoneKey, List<Row> rows, HeaderTimeline timeline,
                           HeaderSpan total, String sent, List<Verdict> verdicts) {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * One hop as a table row.
     *
     * @param hop  the hop
     * @param time when the server took the message, in the report's zone, or ""
     * @param span the step's duration
     */
    public record Row(Hop hop, String time, HeaderSpan span) {

        public boolean skewed() {
            return hop.state() == jp.todoku.headers.HopState.CLOCK_SKEW;
        }
    }

    /**
     * One authentication verdict.
     *
     * @param check   spf, dkim or dmarc
     * @param verdict the verdict's code
     * @param domain  the domain it is about, or ""
     * @param source  where it was read (its code)
     */
    public record Verdict(String check, String verdict, String domain, String source) {

        public boolean passed() {
            return "pass".equals(verdict);
        }

        public boolean failed() {
            return "fail".equals(verdict) || "softfail".equals(verdict) || "permerror".equals(verdict);
        }
    }

    public static HeaderReport of(HeaderAnalysis analysis, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        ZoneId zone = english ? ZoneId.of("UTC") : CustomerTime.ZONE;
        List<Row> rows = analysis.route().hops().stream()
                .map(hop -> new Row(hop, format(hop.at(), zone), HeaderSpan.of(hop.delay()))).toList();
        Authentication authentication = analysis.authentication();
        List<Verdict> verdicts = List.of(verdict("spf", authentication.spf()), verdict("dkim", authentication.dkim()),
                verdict("dmarc", authentication.dmarc()));
        return new HeaderReport(analysis, english ? "selfservice.headers.zone.utc" : "selfservice.headers.zone.jst", rows,
                HeaderTimeline.of(analysis.route()), HeaderSpan.of(analysis.route().total()),
                format(analysis.summary().sent(), zone), verdicts);
    }

    public Optional<Row> findSlowest() {
        int number = analysis.route().slowestNumber();
        return number < 1 ? Optional.empty() : Optional.of(rows.get(number - 1));
    }

    public boolean hasSkew() {
        return rows.stream().anyMatch(Row::skewed);
    }

    public String causeKey() {
        return "selfservice.headers.cause." + analysis.route().cause().code();
    }

    private static Verdict verdict(String check, Authentication.Check found) {
        return new Verdict(check, found.verdict().code(), found.domain(), found.source().code());
    }

    private static String format(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : SECOND.format(at.atZoneSameInstant(zone));
    }
}
