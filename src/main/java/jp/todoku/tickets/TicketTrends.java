package jp.todoku.tickets;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for the staff dashboard over a half-open time range on {@code createdAt}: per dimension
 * (reason, receiving provider, customer domain ...), biggest first, and per calendar day in Japan.
 */
@Service
@Transactional(readOnly = true)
public class TicketTrends {

    private static final ZoneId DAY_ZONE = ZoneId.of("Asia/Tokyo");
    /** A dashboard range longer than this is refused rather than loading every ticket ever made. */
    private static final long MAX_DAYS = 400;

    private final EntityManager entityManager;

    TicketTrends(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<TicketCount> countsBy(TicketDimension dimension, Instant from, Instant before) {
        requireRange(from, before);
        // The attribute comes from the enum, so building the query text is safe.
        String attribute = "t." + dimension.attribute();
        List<Object[]> rows = entityManager.createQuery(
                        "select " + attribute + ", count(t) from Ticket t where t.createdAt >= :from and t.createdAt < :before"
                                + " group by " + attribute + " order by count(t) desc, " + attribute, Object[].class)
                .setParameter("from", from)
                .setParameter("before", before)
                .getResultList();
        return rows.stream().map(row -> new TicketCount(row[0] == null ? null : row[0].toString(),
                ((Number) row[1]).longValue())).toList();
    }

    /** Tickets per day (Japan time), every day of the range present, zero where none came in. */
    public Map<LocalDate, Long> countsPerDay(Instant from, Instant before) {
        requireRange(from, before);
        Map<LocalDate, Long> perDay = new TreeMap<>();
        LocalDate last = before.minusNanos(1).atZone(DAY_ZONE).toLocalDate();
        for (LocalDate day = from.atZone(DAY_ZONE).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        entityManager.createQuery("select t.createdAt from Ticket t where t.createdAt >= :from and t.createdAt < :before",
                        Instant.class)
                .setParameter("from", from)
                .setParameter("before", before)
                .getResultStream()
                .forEach(created -> perDay.merge(created.atZone(DAY_ZONE).toLocalDate(), 1L, Long::sum));
        return perDay;
    }

    private static void requireRange(Instant from, Instant before) {
        if (from == null || before == null || !from.isBefore(before)
                || Duration.between(from, before).toDays() > MAX_DAYS) {
            throw new IllegalArgumentException("a range of at most " + MAX_DAYS + " days, from before 'before', is required");
        }
    }
}
