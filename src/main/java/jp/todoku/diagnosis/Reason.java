package jp.todoku.diagnosis;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a delivery failed, in the vocabulary of the Sisimai project (see shared/docs/reasons.md), so
 * that our results can be compared with the de facto standard classifier. Display text comes from
 * message keys ({@code reason.<code>}), never from this enum.
 */
public enum Reason {
    AUTH_FAILURE("authfailure", 926),
    BAD_REPUTATION("badreputation", 975),
    BLOCKED("blocked", 971),
    CONTENT_ERROR("contenterror", 960),
    DELIVERED("delivered", 0),
    EXCEED_LIMIT("exceedlimit", 923),
    EXPIRED("expired", 947),
    FAILED_STARTTLS("failedstarttls", 976),
    FEEDBACK("feedback", 0),
    FILTERED("filtered", 910),
    HAS_MOVED("hasmoved", 916),
    HOST_UNKNOWN("hostunknown", 912),
    MAILBOX_FULL("mailboxfull", 922),
    MAILER_ERROR("mailererror", 939),
    MESSAGE_TOO_BIG("mesgtoobig", 934),
    NETWORK_ERROR("networkerror", 944),
    NO_RELAYING("norelaying", 909),
    NOT_ACCEPT("notaccept", 932),
    NOT_COMPLIANT_RFC("notcompliantrfc", 974),
    ON_HOLD("onhold", 901),
    POLICY_VIOLATION("policyviolation", 972),
    REJECTED("rejected", 918),
    REQUIRE_PTR("requireptr", 973),
    SECURITY_ERROR("securityerror", 970),
    SPAM_DETECTED("spamdetected", 980),
    SPEEDING("speeding", 946),
    SUPPRESSED("suppressed", 903),
    SUSPEND("suspend", 921),
    SYNTAX_ERROR("syntaxerror", 902),
    SYSTEM_ERROR("systemerror", 930),
    SYSTEM_FULL("systemfull", 931),
    TOO_MANY_CONNECTIONS("toomanyconn", 945),
    UNDEFINED("undefined", 900),
    USER_UNKNOWN("userunknown", 911),
    VACATION("vacation", 0),
    VIRUS_DETECTED("virusdetected", 981);

    private static final Map<String, Reason> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Reason::code, Function.identity()));

    private final String code;
    private final int pseudoDetail;

    Reason(String code, int pseudoDetail) {
        this.code = code;
        this.pseudoDetail = pseudoDetail;
    }

    /** The lower-case word used in reports, JSON and expected.tsv, e.g. {@code userunknown}. */
    public String code() {
        return code;
    }

    public static Optional<Reason> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Not a failure at all: a delivery notice, an abuse report or an auto-reply. */
    public boolean isNotBounce() {
        return this == DELIVERED || this == FEEDBACK || this == VACATION;
    }

    /**
     * The address itself is dead, so a mailing list must stop sending to it. {@code notaccept} is
     * hard only when the failure is permanent (reasons.md, "Hard vs soft").
     */
    public boolean isHardBounce(boolean temporary) {
        return switch (this) {
            case USER_UNKNOWN, HOST_UNKNOWN, HAS_MOVED -> true;
            case NOT_ACCEPT -> !temporary;
            default -> false;
        };
    }

    /**
     * The made-up status code that stands for this reason when the message carried none, e.g.
     * {@code 5.0.911}; empty for reasons that are not failures.
     */
    public Optional<String> pseudoStatus(boolean temporary) {
        return pseudoDetail == 0 ? Optional.empty() : Optional.of((temporary ? "4" : "5") + ".0." + pseudoDetail);
    }
}
