package jp.todoku.headers;

import java.util.List;

/**
 * One ARC set (RFC 8617): what a forwarder or mailing list saw when it passed the message on.
 *
 * @param instance    i=, 1 for the first intermediary
 * @param chain       cv= of its ARC-Seal (none, pass, fail)
 * @param sealDomain  d= of its ARC-Seal, or ""
 * @param authservId  who judged in its ARC-Authentication-Results, or ""
 * @param results     those results
 */
public record ArcSet(int instance, AuthVerdict chain, String sealDomain, String authservId, List<MethodResult> results) {

    public ArcSet {
        results = List.copyOf(results);
    }
}
