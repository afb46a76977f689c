package jp.todoku.headers;

/**
 * One thing a spam filter wrote about the message.
 *
 * @param field   the header field it came from
 * @param meaning what it means
 * @param value   the value as written (SCL 5, score 7.1 of 5.0, "SKS"), short
 */
public record SpamSignal(String field, SpamMeaning meaning, String value) {
}
