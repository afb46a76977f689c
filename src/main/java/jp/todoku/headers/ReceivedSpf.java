package jp.todoku.headers;

/**
 * A Received-SPF field (RFC 7208 section 9.1).
 *
 * @param verdict      the result word
 * @param clientIp     client-ip=, or ""
 * @param envelopeFrom envelope-from=, or ""
 * @param receiver     receiver=, or ""
 * @param position     the field's place in the header block
 */
public record ReceivedSpf(AuthVerdict verdict, String clientIp, String envelopeFrom, String receiver, int position) {
}
