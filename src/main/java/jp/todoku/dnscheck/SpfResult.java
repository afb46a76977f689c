package jp.todoku.dnscheck;

/** The results of check_host() (RFC 7208 section 2.6). */
enum SpfResult {
    PASS, FAIL, SOFTFAIL, NEUTRAL, NONE, PERMERROR, TEMPERROR;

    static SpfResult of(SpfTerm.Qualifier qualifier) {
        return switch (qualifier) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case SOFTFAIL -> SOFTFAIL;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
