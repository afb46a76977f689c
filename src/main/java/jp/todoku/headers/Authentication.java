package jp.todoku.headers;

import java.util.List;

/**
 * How the message was judged, as the message itself records it (not what DNS publishes today).
 *
 * @param receivingDomains the organisations of the servers that received the message, from the topmost hops;
 *                         only their Authentication-Results are believed
 * @param results          every Authentication-Results field, top first, each with whose it is
 * @param spf              SPF by the receiver's word (or Received-SPF when no trusted field says)
 * @param dkim             DKIM by the receiver's word
 * @param dmarc            DMARC by the receiver's word
 * @param signatures       the DKIM-Signature fields
 * @param arcSets          the ARC sets, instance 1 first
 * @param arcChain         the chain's state by the newest ARC-Seal, UNKNOWN without ARC
 * @param receivedSpf      the Received-SPF fields
 * @param alignment        DMARC alignment worked out from the above
 */
public record Authentication(List<String> receivingDomains, List<AuthenticationResults> results, Check spf,
                             Check dkim, Check dmarc, List<DkimSignature> signatures, List<ArcSet> arcSets,
                             AuthVerdict arcChain, List<ReceivedSpf> receivedSpf, Alignment alignment) {

    public Authentication {
        receivingDomains = List.copyOf(receivingDomains);
        results = List.copyOf(results);
        signatures = List.copyOf(signatures);
        arcSets = List.copyOf(arcSets);
        receivedSpf = List.copyOf(receivedSpf);
    }

    /** Whether any Authentication-Results field was set aside as someone else's or forged. */
    public boolean hasUntrusted() {
        return results.stream().anyMatch(result -> !result.trust().trusted());
    }

    /**
     * One verdict and where it comes from.
     *
     * @param verdict the result, UNKNOWN when nothing trustworthy says
     * @param domain  the domain it is about, or ""
     * @param source  the field it was read from
     */
    public record Check(AuthVerdict verdict, String domain, Source source) {

        static final Check UNKNOWN = new Check(AuthVerdict.UNKNOWN, "", Source.NONE);
    }

    /** Where a verdict was read. */
    public enum Source {
        AUTHENTICATION_RESULTS, RECEIVED_SPF, NONE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
