package jp.todoku.tickets;

/** Size limits shared by the draft, the entities and the migration (V2__tickets.sql). */
final class TicketLimits {

    /** The paste kept with a ticket. The paste page accepts 2 MB; a ticket keeps its first 200,000 characters. */
    static final int ERROR_TEXT = 200_000;
    static final int DIAGNOSIS_JSON = 1_000_000;
    static final int SEARCH_TEXT = 1_000_000;
    static final int REPLY = 20_000;
    static final int COMMENT = 10_000;
    static final int ADDRESS = 320;
    static final int DOMAIN = 253;
    static final int NAME = 100;
    static final int REASON = 40;
    static final int PROVIDER = 100;
    static final int USERNAME = 100;
    static final int EVENT_VALUE = 200;

    private TicketLimits() {
    }

    static String require(String value, String field, int limit) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return limit(value.strip(), field, limit);
    }

    /** Null or blank becomes null; longer than the limit is refused (the form layer tells the customer first). */
    static String optional(String value, String field, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limit(value.strip(), field, limit);
    }

    private static String limit(String value, String field, int limit) {
        if (value.length() > limit) {
            throw new IllegalArgumentException(field + " is longer than " + limit + " characters");
        }
        return value;
    }

    /** Cuts a value that is only a copy (history values), never the customer's own text. */
    static String truncate(String value, int limit) {
        return value == null || value.length() <= limit ? value : value.substring(0, limit);
    }
}
