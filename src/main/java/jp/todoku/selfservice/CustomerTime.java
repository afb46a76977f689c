package jp.todoku.selfservice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the customers read them: Japan time, to the minute. Templates call {@code ${times.format(at)}}. */
public final class CustomerTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String format(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(ZONE));
    }
}
