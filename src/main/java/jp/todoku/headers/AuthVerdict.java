package jp.todoku.headers;

import java.util.Locale;

/** A result word of SPF, DKIM, DMARC, ARC or compauth as RFC 8601 and RFC 7208 spell them. */
public enum AuthVerdict {
    PASS, FAIL, SOFTFAIL, NEUTRAL, NONE, TEMPERROR, PERMERROR, POLICY, BESTGUESSPASS, OTHER,
    /** The message carries no verdict for this check that can be trusted. */
    UNKNOWN;

    static AuthVerdict find(String word) {
        if (word == null || word.isBlank()) {
            return UNKNOWN;
        }
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "pass" -> PASS;
            case "fail", "hardfail" -> FAIL;
            case "softfail" -> SOFTFAIL;
            case "neutral" -> NEUTRAL;
            case "none" -> NONE;
            case "temperror", "error" -> TEMPERROR;
            case "permerror" -> PERMERROR;
            case "policy" -> POLICY;
            case "bestguesspass" -> BESTGUESSPASS;
            default -> OTHER;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean passed() {
        return this == PASS;
    }
}
