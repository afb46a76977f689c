package jp.todoku.tickets;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The queue's tab counts, one per status, each exact or a lower bound ({@link TabCount}). */
public record StatusCounts(Map<TicketStatus, TabCount> byStatus) {

    public StatusCounts {
        EnumMap<TicketStatus, TabCount> copy = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            copy.put(status, byStatus.getOrDefault(status, new TabCount(0, false)));
        }
        byStatus = Collections.unmodifiableMap(copy);
    }

    /** The tickets of these statuses (all when empty), as the queue's total shows them. */
    public TabCount total(Set<TicketStatus> statuses) {
        long sum = 0;
        boolean atLeast = false;
        for (Map.Entry<TicketStatus, TabCount> entry : byStatus.entrySet()) {
            if (statuses.isEmpty() || statuses.contains(entry.getKey())) {
                sum += entry.getValue().count();
                atLeast |= entry.getValue().atLeast();
            }
        }
        return new TabCount(sum, atLeast);
    }

    public Map<TicketStatus, Long> asNumbers() {
        Map<TicketStatus, Long> numbers = new EnumMap<>(TicketStatus.class);
        byStatus.forEach((status, count) -> numbers.put(status, count.count()));
        return numbers;
    }
}
