package jp.todoku.guide;

/** What a text answer must look like. */
public enum TextFormat {
    /** Any short text. */
    PLAIN,
    /** A domain name; an address is accepted and reduced to its domain. */
    DOMAIN
}
