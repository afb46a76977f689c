package jp.todoku.selfservice;

/** A client asked for more diagnoses or tickets than {@link RateLimiter} allows; answered with 429. */
public class TooManyRequestsException extends RuntimeException {

    private final RateLimiter.Action action;

    public TooManyRequestsException(RateLimiter.Action action) {
        super("rate limit reached for " + action);
        this.action = action;
    }

    public RateLimiter.Action action() {
        return action;
    }

    /** The message key that explains it to the customer. */
    public String messageKey() {
        return "selfservice.rate-limit." + action.name().toLowerCase(java.util.Locale.ROOT);
    }
}
