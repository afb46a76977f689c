package jp.todoku.tickets;

import org.springframework.data.domain.Page;

/** One page of the queue with its tab counts, from one count: the page's total is the counts' sum. */
public record QueuePage(Page<TicketSummary> page, StatusCounts counts, TabCount total) {
}
