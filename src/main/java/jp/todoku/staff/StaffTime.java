package jp.todoku.staff;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times on staff pages, in Japan time (templates call it as {@code @staffTime.format(...)}). */
@Component("staffTime")
class StaffTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(QueueFilter.ZONE);

    public String format(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }
}
