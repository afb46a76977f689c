package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import jp.todoku.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

class QueueFilterTest {

    @Test
    void malformedParametersAreDroppedNotRefused() {
        QueueFilter filter = new QueueFilter("nonsense", " ", null, null, null, "everything", "2026-13-40", "x",
                null, "token_hash", "sideways", -3);

        assertThat(filter).isEqualTo(QueueFilter.empty());
        assertThat(filter.queryString()).isEmpty();
    }

    @Test
    void aFilterRoundTripsThroughItsQueryString() {
        QueueFilter filter = new QueueFilter("new", "mailboxfull", "example.jp", "Yahoo! JAPAN", null, "mine",
                "2026-11-01", "2026-11-30", "容量 & =", "domain", "asc", 2);

        assertThat(filter.queryString()).isEqualTo("?status=NEW&view=mine&reason=mailboxfull&domain=example.jp"
                + "&provider=Yahoo%21+JAPAN&from=2026-11-01&to=2026-11-30&q=%E5%AE%B9%E9%87%8F+%26+%3D"
                + "&sort=domain&direction=asc&page=2");
    }

    @Test
    void theQueryUsesJapanDaysAndTheCurrentUserForMine() {
        QueueFilter filter = new QueueFilter("RESOLVED", null, null, null, "someone-else", "mine", "2026-11-01",
                "2026-11-01", null, null, null, 0);

        var query = filter.toQuery("me");

        assertThat(query.assignee()).contains("me");
        assertThat(query.statuses()).isEqualTo(Set.of(TicketStatus.RESOLVED));
        assertThat(query.createdFrom()).contains(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(query.createdBefore()).contains(Instant.parse("2026-11-01T15:00:00Z"));
    }
}
