package jp.todoku.headers;

import java.util.Locale;

/**
 * What a spam-filter header value means, as its vendor documents it (Microsoft's "Anti-spam message
 * headers" page, SpamAssassin's X-Spam-Status, Gmail's X-Gm-Spam and X-Gm-Phishy). Words come from
 * message keys named after {@link #code()}.
 */
public enum SpamMeaning {
    SCL_BYPASS, SCL_CLEAN, SCL_SPAM, SCL_HIGH,
    BCL_NONE, BCL_SOME, BCL_BULK,
    SFV_NSPM, SFV_SPM, SFV_SKS, SFV_SKA, SFV_SKB, SFV_SKN, SFV_SKI, SFV_SKQ, SFV_BLK, SFV_SFE, SFV_OTHER,
    CAT_NONE, CAT_SPM, CAT_HSPM, CAT_PHSH, CAT_HPHSH, CAT_BULK, CAT_MALW, CAT_SPOOF, CAT_IMPERSONATION, CAT_OTHER,
    SPAM_FLAG_YES, SPAM_FLAG_NO, SPAM_SCORE,
    GMAIL_SPAM, GMAIL_NOT_SPAM, GMAIL_PHISHY, GMAIL_NOT_PHISHY;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this meaning alone explains a message landing in a spam or junk folder. */
    public boolean junk() {
        return switch (this) {
            case SCL_SPAM, SCL_HIGH, BCL_BULK, SFV_SPM, SFV_SKS, SFV_BLK, CAT_SPM, CAT_HSPM, CAT_PHSH, CAT_HPHSH,
                 CAT_BULK, CAT_MALW, CAT_SPOOF, CAT_IMPERSONATION, SPAM_FLAG_YES, GMAIL_SPAM, GMAIL_PHISHY -> true;
            default -> false;
        };
    }
}
