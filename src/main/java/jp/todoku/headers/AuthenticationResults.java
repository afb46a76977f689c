package jp.todoku.headers;

import java.util.List;

/**
 * One Authentication-Results field (RFC 8601), with whose it is.
 *
 * @param authservId the authserv-id (who judged), or null when the field has none
 * @param results    the method results in the order written
 * @param trust      whose judgement this is
 * @param position   the field's place in the header block
 */
public record AuthenticationResults(String authservId, List<MethodResult> results, AuthTrust trust, int position) {

    public AuthenticationResults {
        results = List.copyOf(results);
    }

    public java.util.Optional<MethodResult> find(String method) {
        return results.stream().filter(result -> result.method().equals(method)).findFirst();
    }

    public String authservIdOrEmpty() {
        return authservId == null ? "" : authservId;
    }
}
