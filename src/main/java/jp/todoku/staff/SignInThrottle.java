package jp.todoku.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one user name
 * within {@link #WINDOW}, that name is locked for the rest of the window. Kept in memory, bounded.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    // A flood of invented user names must not grow the map without end.
    private static final int MAX_TRACKED_NAMES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant firstAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        return findKey(username).map(failures::get)
                .filter(this::isCurrent)
                .map(recorded -> recorded.count() >= MAX_FAILURES)
                .orElse(false);
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        findKey(event.getAuthentication().getName()).ifPresent(key -> {
            if (failures.size() >= MAX_TRACKED_NAMES) {
                failures.values().removeIf(recorded -> !isCurrent(recorded));
            }
            if (failures.size() >= MAX_TRACKED_NAMES && !failures.containsKey(key)) {
                return;
            }
            Failures now = failures.merge(key, new Failures(1, clock.instant()),
                    (old, first) -> isCurrent(old) ? new Failures(old.count() + 1, old.firstAt()) : first);
            if (now.count() == MAX_FAILURES) {
                LOG.warn("Staff sign-in locked for {} after {} wrong passwords", WINDOW, MAX_FAILURES);
            }
        });
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        findKey(event.getAuthentication().getName()).ifPresent(failures::remove);
    }

    private boolean isCurrent(Failures recorded) {
        return recorded.firstAt().plus(WINDOW).isAfter(clock.instant());
    }

    private static Optional<String> findKey(String username) {
        try {
            return Optional.of(StaffAccount.normalize(username));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }
}
