package jp.todoku.dnscheck;

/** How one check came out, in the order a reader should look at them (worst first). */
public enum Outcome {
    /** Something is wrong and likely stops or harms delivery. */
    FAIL,
    /** Works, but is weak or unusual enough that some receivers may refuse or distrust the mail. */
    WARN,
    /** Could not be checked (timeout, a refused blocklist query, invalid input): no verdict either way. */
    UNKNOWN,
    PASS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The label's message key, e.g. dnscheck.outcome.warn. */
    public String messageKey() {
        return "dnscheck.outcome." + code();
    }

    /** The worse of two outcomes; UNKNOWN only wins over PASS. */
    public Outcome worse(Outcome other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
