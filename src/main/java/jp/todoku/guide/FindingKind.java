package jp.todoku.guide;

/** Whether a finding is advice to follow, a request to paste an error text, or to paste a message's headers. */
public enum FindingKind {
    ADVICE,
    /** The customer has (or can get) an error text: the next step is the paste page, keeping the answers. */
    PASTE_ERROR_MAIL,
    /** Late mail, the spam folder, no bounce: the next step is the header page (issue 13), keeping the answers. */
    READ_HEADERS
}
