package jp.todoku.headers;

import java.util.List;
import java.util.Locale;

/**
 * DMARC alignment worked out from the message (RFC 7489 section 3.1, relaxed mode): the visible From
 * domain against the domain SPF checked and the domains whose DKIM signatures passed.
 *
 * @param fromDomain      the From header's domain, or ""
 * @param spfDomain       the envelope sender's domain SPF checked, or ""
 * @param spfVerdict      SPF's result
 * @param spfAligned      whether the SPF domain is in From's organisation
 * @param dkimPassDomains the domains whose signatures passed (by the receiver's word)
 * @param dkimAligned     whether one of them is in From's organisation
 * @param outcome         what that means for DMARC
 */
public record Alignment(String fromDomain, String spfDomain, AuthVerdict spfVerdict, boolean spfAligned,
                        List<String> dkimPassDomains, boolean dkimAligned, Outcome outcome) {

    public Alignment {
        dkimPassDomains = List.copyOf(dkimPassDomains);
    }

    /** What the alignment means. */
    public enum Outcome {
        /** SPF or DKIM passed for the From domain's own organisation: DMARC passes. */
        ALIGNED,
        /** Something passed, but for another domain than From's: DMARC fails although SPF or DKIM "passed". */
        PASSED_NOT_ALIGNED,
        /** Neither SPF nor DKIM passed. */
        NOTHING_PASSED,
        /** The message carries no trusted verdicts to work from. */
        UNKNOWN;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static Alignment of(String fromDomain, String spfDomain, AuthVerdict spf, List<String> dkimPassDomains, boolean known) {
        boolean spfAligned = spf.passed() && Domains.sameOrganisation(spfDomain, fromDomain);
        boolean dkimAligned = dkimPassDomains.stream().anyMatch(domain -> Domains.sameOrganisation(domain, fromDomain));
        Outcome outcome;
        if (!known || fromDomain.isEmpty()) {
            outcome = Outcome.UNKNOWN;
        } else if (spfAligned || dkimAligned) {
            outcome = Outcome.ALIGNED;
        } else if (spf.passed() || !dkimPassDomains.isEmpty()) {
            outcome = Outcome.PASSED_NOT_ALIGNED;
        } else {
            outcome = Outcome.NOTHING_PASSED;
        }
        return new Alignment(fromDomain, spfDomain, spf, spfAligned, dkimPassDomains, dkimAligned, outcome);
    }
}
