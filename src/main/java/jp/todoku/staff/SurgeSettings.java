package jp.todoku.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the dashboard raises an alert: a reason or a receiving provider got at least {@code minimum}
 * tickets in the last hour, and at least {@code factor} times its hourly average over the seven
 * days before. Set with todoku.staff.surge.factor and todoku.staff.surge.minimum.
 */
@ConfigurationProperties("todoku.staff.surge")
record SurgeSettings(@DefaultValue("3") double factor, @DefaultValue("5") int minimum) {

    SurgeSettings {
        if (factor < 1 || minimum < 1) {
            throw new IllegalArgumentException("todoku.staff.surge: factor >= 1 and minimum >= 1 are required");
        }
    }
}
