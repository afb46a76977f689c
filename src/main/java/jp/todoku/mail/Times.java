package jp.todoku.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the staff pages, in the desk's calendar (Japan), as the rest of the console shows them. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private Times() {
    }

    static String format(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
