package jp.todoku.headers;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The route the message took, oldest step first, with the delay of each step, the total and the slowest
 * step. Negative steps are flagged as clock skew and left out of "slowest" and of a trusted total.
 *
 * @param hops          the steps, 1 first
 * @param sent          the Date header (when the sender's program says it sent), or null
 * @param total         from the Date header (or the first dated step) to the last dated step, or null
 * @param totalTrusted  whether the total stands on sound clocks (not negative, no skewed step)
 * @param slowestNumber the number of the slowest trusted step, or 0 when none could be measured
 * @param cause         what usually explains the wait at the slowest step
 */
public record Route(List<Hop> hops, OffsetDateTime sent, Duration total, boolean totalTrusted, int slowestNumber,
                    WaitCause cause) {

    /** A step shorter than this is not a wait worth explaining. */
    static final Duration NOTICEABLE = Duration.ofMinutes(1);
    private static final Duration GREYLIST_LONGEST = Duration.ofMinutes(30);

    public Route {
        hops = List.copyOf(hops);
    }

    public java.util.Optional<Hop> findSlowest() {
        return slowestNumber < 1 ? java.util.Optional.empty() : java.util.Optional.of(hops.get(slowestNumber - 1));
    }

    public long totalSeconds() {
        return total == null ? -1 : total.toSeconds();
    }

    /** Received fields are listed newest first; the route reads them bottom up. */
    static Route of(List<Received> newestFirst, OffsetDateTime sent) {
        List<Hop> hops = new ArrayList<>(newestFirst.size());
        OffsetDateTime previous = sent;
        OffsetDateTime first = sent;
        OffsetDateTime last = null;
        boolean skew = false;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Received received = newestFirst.get(i);
            int number = hops.size() + 1;
            OffsetDateTime at = received.date();
            Duration delay = null;
            HopState state;
            if (at == null) {
                state = HopState.NO_DATE;
            } else if (previous == null) {
                state = HopState.START;
            } else {
                delay = Duration.between(previous, at);
                state = delay.isNegative() ? HopState.CLOCK_SKEW : number == 1 ? HopState.FROM_SENT_DATE : HopState.MEASURED;
            }
            if (at != null) {
                skew |= state == HopState.CLOCK_SKEW;
                previous = at;
                first = first == null ? at : first;
                last = at;
            }
            hops.add(new Hop(number, received.from(), received.fromName(), received.fromAddress(), received.by(),
                    received.with(), received.id(), received.forAddress(), at, received.dateText(), delay, state,
                    crossing(received)));
        }
        Duration total = first != null && last != null ? Duration.between(first, last) : null;
        int slowest = slowest(hops);
        WaitCause cause = slowest == 0 ? WaitCause.NONE : cause(hops.get(slowest - 1));
        return new Route(hops, sent, total, total != null && !total.isNegative() && !skew, slowest, cause);
    }

    private static int slowest(List<Hop> hops) {
        Hop best = null;
        for (Hop hop : hops) {
            if (hop.state().trusted() && (best == null || hop.delay().compareTo(best.delay()) > 0)) {
                best = hop;
            }
        }
        return best == null ? 0 : best.number();
    }

    private static boolean crossing(Received received) {
        String from = received.fromName() != null ? received.fromName() : received.from();
        if (received.by() == null || from == null) {
            return false;
        }
        String byOrganisation = Domains.organisation(received.by());
        String fromOrganisation = Domains.organisation(from);
        return !byOrganisation.isEmpty() && !fromOrganisation.isEmpty() && !byOrganisation.equals(fromOrganisation);
    }

    static WaitCause cause(Hop hop) {
        if (hop.delay().compareTo(NOTICEABLE) < 0) {
            return WaitCause.NONE;
        }
        if (hop.state() == HopState.FROM_SENT_DATE) {
            return WaitCause.SENDER_QUEUE;
        }
        String with = hop.with() == null ? "" : hop.with().toLowerCase(Locale.ROOT);
        boolean local = IpText.isLoopback(hop.fromAddress()) || "localhost".equalsIgnoreCase(hop.from())
                || with.contains("lmtp") || with.startsWith("local");
        boolean inside = hop.by() != null && Domains.sameOrganisation(hop.fromName() != null ? hop.fromName() : hop.from(), hop.by());
        if (local || inside) {
            return WaitCause.FILTER;
        }
        return hop.delay().compareTo(GREYLIST_LONGEST) <= 0 ? WaitCause.GREYLISTING : WaitCause.RETRY;
    }
}
