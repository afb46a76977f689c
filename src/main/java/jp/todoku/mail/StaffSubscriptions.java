package jp.todoku.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff members who asked for mail on new tickets and customer replies (mail_staff_subscription). */
@Repository
class StaffSubscriptions {

    public record Subscription(String username, String address, boolean newTickets, boolean customerReplies) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffSubscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Subscription> find(String username) {
        return jdbc.sql("SELECT username, address, new_tickets, customer_replies FROM mail_staff_subscription "
                        + "WHERE username = ?").param(username).query(StaffSubscriptions::row).optional();
    }

    List<Subscription> forNewTickets() {
        return jdbc.sql("SELECT username, address, new_tickets, customer_replies FROM mail_staff_subscription "
                + "WHERE new_tickets = TRUE ORDER BY username").query(StaffSubscriptions::row).list();
    }

    List<Subscription> forCustomerReplies() {
        return jdbc.sql("SELECT username, address, new_tickets, customer_replies FROM mail_staff_subscription "
                + "WHERE customer_replies = TRUE ORDER BY username").query(StaffSubscriptions::row).list();
    }

    void save(Subscription subscription) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("UPDATE mail_staff_subscription SET address = ?, new_tickets = ?, customer_replies = ?, "
                        + "updated_at = ? WHERE username = ?")
                .params(subscription.address(), subscription.newTickets(), subscription.customerReplies(), now,
                        subscription.username()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mail_staff_subscription (username, address, new_tickets, customer_replies, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(subscription.username(), subscription.address(), subscription.newTickets(),
                            subscription.customerReplies(), now).update();
        }
    }

    private static Subscription row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Subscription(row.getString(1), row.getString(2), row.getBoolean(3), row.getBoolean(4));
    }
}
