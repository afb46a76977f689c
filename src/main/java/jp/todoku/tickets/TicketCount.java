package jp.todoku.tickets;

/** How many tickets share one value of a dimension; an empty key means the value was not known. */
public record TicketCount(String key, long count) {

    public TicketCount {
        key = key == null ? "" : key;
    }
}
