package jp.todoku.mail;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mail channel's own settings ({@code todoku.mail.*}, from {@code TODOKU_MAIL_*}); the relay itself
 * is Spring Boot's {@code spring.mail.*}. Defaults are for a small desk with one support mailbox.
 *
 * @param from              the From address of everything Todoku sends, e.g. {@code support@example.jp}
 * @param supportAddress    the mailbox customers write to; replies go to its plus-address per ticket
 *                          ({@code support+TD-2026-000123@example.jp}) and bounces to {@code support+b…}
 * @param linkKey           secret that seals status tokens for mail links and signs bounce addresses
 * @param sendInterval      how often the sender job looks for due rows
 * @param maxAttempts       attempts before a row is given up (FAILED)
 * @param firstRetry        wait after the first failure; each further failure doubles it
 * @param lease             how long a claimed row belongs to the instance that claimed it
 * @param answerPeriod      at most one automatic answer per sender in this period (RFC 3834 §2)
 * @param imap              the support mailbox
 */
@ConfigurationProperties("todoku.mail")
public record MailSettings(String from, String supportAddress, String linkKey, Duration sendInterval,
                           Integer maxAttempts, Duration firstRetry, Duration lease, Duration answerPeriod,
                           Imap imap) {

    public MailSettings {
        from = blankToEmpty(from);
        supportAddress = blankToEmpty(supportAddress).isEmpty() ? from : supportAddress.strip();
        linkKey = blankToEmpty(linkKey);
        sendInterval = sendInterval == null ? Duration.ofSeconds(15) : sendInterval;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        answerPeriod = answerPeriod == null ? Duration.ofDays(1) : answerPeriod;
        imap = imap == null ? new Imap(null, null, null, null, null, null, null) : imap;
        if (maxAttempts < 1 || firstRetry.isNegative() || lease.isNegative() || answerPeriod.isNegative()) {
            throw new IllegalArgumentException("todoku.mail: attempts must be positive and durations not negative");
        }
    }

    /** The domain of the support address, for Message-IDs. */
    String domain() {
        int at = supportAddress.lastIndexOf('@');
        return at < 0 ? "todoku.invalid" : supportAddress.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The support address with a tag after a plus: {@code support+tag@example.jp}. */
    String plusAddress(String tag) {
        int at = supportAddress.lastIndexOf('@');
        return at < 0 ? supportAddress : supportAddress.substring(0, at) + "+" + tag + supportAddress.substring(at);
    }

    /**
     * The support mailbox over IMAP. {@code protocol} is {@code imap} or {@code imaps}.
     */
    public record Imap(String host, Integer port, String protocol, String username, String password, String folder,
                       Duration pollInterval) {
        public Imap {
            host = blankToEmpty(host);
            protocol = blankToEmpty(protocol).isEmpty() ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
            port = port == null || port <= 0 ? ("imaps".equals(protocol) ? 993 : 143) : port;
            username = blankToEmpty(username);
            password = password == null ? "" : password;
            folder = blankToEmpty(folder).isEmpty() ? "INBOX" : folder.strip();
            pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
        }

        boolean isConfigured() {
            return !host.isEmpty();
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
