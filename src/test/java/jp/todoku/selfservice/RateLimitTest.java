package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import jp.todoku.testing.Page;
import jp.todoku.testing.TodokuWebTest;
import jp.todoku.testing.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** Per client address limits: a polite 429 page (and problem detail), and buckets that refill. */
@TodokuWebTest
class RateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    RateLimiter limiter;

    @Autowired
    RateLimitSettings settings;

    @Autowired
    MessageSource messages;

    @AfterEach
    void forget() {
        limiter.reset();
    }

    @Test
    void tooManyDiagnosesFromOneAddressGetAPolite429() {
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/diagnose");
        Page page = null;
        // The bucket refills while the loop runs, so allow for more requests than its size.
        for (int count = 0; count <= settings.diagnosesPerMinute() * 2; count++) {
            page = visitor.submit(form, "/diagnose", Map.of("text", Fixtures.text(Fixtures.MAILBOX_FULL)));
            if (page.status() == 429) {
                break;
            }
        }
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isPresent();
        assertThat(page.body()).contains(HtmlUtils.htmlEscape(
                messages.getMessage("selfservice.rate-limit.diagnosis", null, Locale.JAPANESE)));

        limiter.reset();
        assertThat(visitor.submit(form, "/diagnose", Map.of("text", Fixtures.text(Fixtures.MAILBOX_FULL))).status())
                .isEqualTo(200);
    }

    @Test
    void tooManyTicketsGetThe429PageAndTheApiAProblemDetail() throws Exception {
        Visitor visitor = Visitor.at(port);
        Page form = visitor.get("/tickets/new");
        Map<String, String> fields = Map.of("domain", "example.test", "direction", "SEND", "since", "2026-11-01",
                "symptom", "CANNOT_SEND", "scope", "ALL", "contact", "someone@example.test");
        Page page = null;
        for (int count = 0; count <= settings.ticketsPerHour() + 1; count++) {
            page = visitor.submit(form, "/tickets", fields);
            if (page.status() == 429) {
                break;
            }
        }
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains(HtmlUtils.htmlEscape(
                messages.getMessage("selfservice.rate-limit.ticket", null, Locale.JAPANESE)));

        java.net.http.HttpResponse<String> api = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/tickets"))
                        .header("Content-Type", "application/json").header("Accept-Language", "en")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"domain\":\"example.test\","
                                + "\"direction\":\"SEND\",\"symptom\":\"CANNOT_SEND\",\"scope\":\"ALL\","
                                + "\"contact\":\"someone@example.test\"}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.body()).contains(messages.getMessage("selfservice.rate-limit.ticket", null, Locale.ENGLISH));
    }

    @Test
    void aBucketRefillsOverItsWindowAndKeepsAddressesApart() {
        MutableClock clock = new MutableClock();
        RateLimiter small = new RateLimiter(clock, new RateLimitSettings(2, 1, 1));

        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, "192.0.2.1")).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, "192.0.2.1")).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, "192.0.2.1")).isFalse();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, "192.0.2.2")).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.TICKET, "192.0.2.1")).isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.TICKET, "192.0.2.1")).isFalse();

        clock.advance(Duration.ofSeconds(30));
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, "192.0.2.1")).as("half a window gives one back").isTrue();
        assertThat(small.tryAcquire(RateLimiter.Action.DIAGNOSIS, "192.0.2.1")).isFalse();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
