package jp.todoku.headers;

import java.util.List;

/**
 * A DKIM-Signature field (RFC 6376): who signed, with which key and which fields. Not verified here:
 * verification needs the key from DNS and the unchanged message; the receiver's verdict is in
 * Authentication-Results.
 *
 * @param domain        d=, the signing domain
 * @param selector      s=, the key's selector (the key lives at selector._domainkey.domain)
 * @param algorithm     a=, for example rsa-sha256
 * @param signedHeaders h=, the fields covered, in lower case
 * @param position      the field's place in the header block
 */
public record DkimSignature(String domain, String selector, String algorithm, List<String> signedHeaders, int position) {

    public DkimSignature {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /** Whether From is covered: a signature that leaves out From says nothing about the visible sender. */
    public boolean signsFrom() {
        return signedHeaders.contains("from");
    }
}
