package jp.todoku.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.todoku.tickets.TicketCount;
import jp.todoku.tickets.TicketDimension;
import jp.todoku.tickets.TicketTrends;
import org.springframework.stereotype.Component;

/** Gathers what the dashboard shows for the last N days (Japan days, today included). */
@Component
class Dashboard {

    /** Bars per category chart; the rest is summed into the table only. */
    static final int TOP = 10;
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("MM-dd");

    /** Everything one dashboard page needs. */
    record View(int days, LocalDate firstDay, LocalDate lastDay, BarChart perDay, BarChart byReason,
                BarChart byProvider, BarChart byDomain, Optional<SolvedShare> solved, List<Surge> surges,
                SurgeSettings settings) {
    }

    private final TicketTrends trends;
    private final SolvedAnswers solvedAnswers;
    private final SurgeSettings settings;
    private final Clock clock;

    Dashboard(TicketTrends trends, SolvedAnswers solvedAnswers, SurgeSettings settings, Clock clock) {
        this.trends = trends;
        this.solvedAnswers = solvedAnswers;
        this.settings = settings;
        this.clock = clock;
    }

    View view(int days, String unknownLabel) {
        Instant now = clock.instant();
        LocalDate lastDay = now.atZone(QueueFilter.ZONE).toLocalDate();
        LocalDate firstDay = lastDay.minusDays(days - 1L);
        Instant from = firstDay.atStartOfDay(QueueFilter.ZONE).toInstant();
        Instant before = lastDay.plusDays(1).atStartOfDay(QueueFilter.ZONE).toInstant();

        Map<String, Long> perDay = new LinkedHashMap<>();
        trends.countsPerDay(from, before).forEach((day, count) -> perDay.put(DAY_LABEL.format(day), count));
        return new View(days, firstDay, lastDay, BarChart.columns("per-day", perDay),
                BarChart.horizontal("by-reason", top(TicketDimension.REASON, from, before, unknownLabel)),
                BarChart.horizontal("by-provider", top(TicketDimension.PROVIDER, from, before, unknownLabel)),
                BarChart.horizontal("by-domain", top(TicketDimension.DOMAIN, from, before, unknownLabel)),
                solvedAnswers.find(firstDay, lastDay), surges(now), settings);
    }

    /** Reasons and providers whose last hour is far above their hourly average of the seven days before. */
    List<Surge> surges(Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant weekBefore = hourAgo.minus(Duration.ofHours(Surge.BASELINE_HOURS));
        List<Surge> reasons = Surge.find("reason", counts(TicketDimension.REASON, hourAgo, now),
                counts(TicketDimension.REASON, weekBefore, hourAgo), settings);
        List<Surge> providers = Surge.find("provider", counts(TicketDimension.PROVIDER, hourAgo, now),
                counts(TicketDimension.PROVIDER, weekBefore, hourAgo), settings);
        return Stream.concat(reasons.stream(), providers.stream()).toList();
    }

    private Map<String, Long> counts(TicketDimension dimension, Instant from, Instant before) {
        return trends.countsBy(dimension, from, before).stream()
                .collect(Collectors.toMap(TicketCount::key, TicketCount::count, Long::sum, LinkedHashMap::new));
    }

    private Map<String, Long> top(TicketDimension dimension, Instant from, Instant before, String unknownLabel) {
        Map<String, Long> top = new LinkedHashMap<>();
        for (TicketCount count : trends.countsBy(dimension, from, before)) {
            if (top.size() == TOP) {
                break;
            }
            top.merge(count.key().isEmpty() ? unknownLabel : count.key(), count.count(), Long::sum);
        }
        return top;
    }
}
