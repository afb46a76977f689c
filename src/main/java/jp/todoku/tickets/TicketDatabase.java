package jp.todoku.tickets;

import java.util.Locale;

/** The database under the tickets, as far as the queue's SQL differs: PostgreSQL has the search indexes of V16. */
enum TicketDatabase {
    POSTGRESQL,
    OTHER;

    static TicketDatabase fromProductName(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : OTHER;
    }
}
