package jp.todoku.selfservice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many diagnoses, tickets and DNS checks one client address may ask for ({@code todoku.rate-limit.*}).
 * Generous for a person, tight for a script that floods the desk.
 *
 * @param diagnosesPerMinute diagnoses (web and API) per client address and minute
 * @param ticketsPerHour     new tickets and replies per client address and hour
 * @param dnsChecksPerMinute DNS checks per client address and minute; each asks DNS 5 to 40 questions
 */
@ConfigurationProperties("todoku.rate-limit")
public record RateLimitSettings(Integer diagnosesPerMinute, Integer ticketsPerHour, Integer dnsChecksPerMinute) {

    public RateLimitSettings {
        diagnosesPerMinute = diagnosesPerMinute == null ? 30 : diagnosesPerMinute;
        ticketsPerHour = ticketsPerHour == null ? 10 : ticketsPerHour;
        dnsChecksPerMinute = dnsChecksPerMinute == null ? 10 : dnsChecksPerMinute;
        if (diagnosesPerMinute <= 0 || ticketsPerHour <= 0 || dnsChecksPerMinute <= 0) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
    }
}
