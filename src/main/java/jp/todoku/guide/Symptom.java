package jp.todoku.guide;

/** What exactly happens, in the words seed 002 asks customers to tell support. */
public enum Symptom {
    /** The mail program cannot send at all. */
    CANNOT_SEND,
    /** The mail program cannot receive at all. */
    CANNOT_RECEIVE,
    /** Sent without an error, but the recipient says it never arrived. */
    NOT_DELIVERED,
    /** Someone else's mail to the customer does not arrive. */
    NOT_ARRIVING,
    /** Mail arrives, but late. */
    DELAYED,
    /** An error mail (bounce) comes back. */
    ERROR_MAIL
}
