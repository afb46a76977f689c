package jp.todoku.selfservice;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and retention of the customer's side (application.properties, {@code todoku.diagnosis.*}).
 *
 * @param retention      how long a saved diagnosis link works (default 30 days)
 * @param maxPasteBytes  the largest paste or upload we diagnose (2 MB, as the paste page says)
 * @param ownDomains     domains whose servers are "ours", to tell who wrote a bounce
 */
@ConfigurationProperties("todoku.diagnosis")
public record SelfServiceSettings(Duration retention, Integer maxPasteBytes, List<String> ownDomains) {

    public SelfServiceSettings {
        retention = retention == null ? Duration.ofDays(30) : retention;
        maxPasteBytes = maxPasteBytes == null ? 2 * 1024 * 1024 : maxPasteBytes;
        ownDomains = ownDomains == null ? List.of() : List.copyOf(ownDomains);
        if (retention.isNegative() || retention.isZero() || maxPasteBytes <= 0) {
            throw new IllegalArgumentException("retention and maxPasteBytes must be positive");
        }
    }
}
