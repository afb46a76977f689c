package jp.todoku.headers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a message's headers say about its delivery: the route with its delays, how it was judged and what
 * the spam filters wrote. Built by {@link HeaderAnalyzer}; an input with no headers in it is an analysis
 * with a {@link Problem}, never an exception.
 *
 * @param problem        why nothing could be read, or null when something was
 * @param source         what the headers were found in
 * @param summary        which message this is
 * @param route          the hops, delays and the slowest hop
 * @param authentication the verdicts the message carries
 * @param spamSignals    what spam filters wrote, top first
 * @param limitsMet      the caps this input met (the analysis covers what fitted)
 * @param fieldCount     how many header fields were read
 */
public record HeaderAnalysis(Problem problem, Source source, MessageSummary summary, Route route,
                             Authentication authentication, List<SpamSignal> spamSignals,
                             Set<HeaderLimits.Limit> limitsMet, int fieldCount) {

    public HeaderAnalysis {
        spamSignals = List.copyOf(spamSignals);
        limitsMet = Set.copyOf(limitsMet);
    }

    /** Why an input gave nothing to analyse. */
    public enum Problem {
        /** Nothing was pasted. */
        EMPTY,
        /** No header fields were found in it. */
        NO_HEADERS,
        /** Header fields, but not one Received field and none of the authentication fields: nothing to explain. */
        NO_TRACE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Where the analysed headers were found. */
    public enum Source {
        /** The input was a header block alone. */
        HEADERS,
        /** A whole message (.eml, source view): headers and a body. */
        MESSAGE,
        /** A bounce: the headers of the returned original message were analysed. */
        BOUNCE_RETURNED_PART;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Optional<Problem> findProblem() {
        return Optional.ofNullable(problem);
    }

    public boolean readable() {
        return problem == null;
    }

    /** The domain to offer the DNS check for: From's, else the envelope sender's, or "". */
    public String senderDomain() {
        if (!summary.fromDomain().isEmpty()) {
            return summary.fromDomain();
        }
        return Domains.ofAddress(summary.returnPath());
    }

    /** Whether a spam filter's own words explain a junk folder. */
    public boolean judgedJunk() {
        return spamSignals.stream().anyMatch(signal -> signal.meaning().junk());
    }
}
