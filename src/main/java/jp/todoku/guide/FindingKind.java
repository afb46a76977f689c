package jp.todoku.guide;

/** Whether a finding is advice to follow or a request to paste an error text for the diagnosis. */
public enum FindingKind {
    ADVICE,
    /** The customer has (or can get) an error text: the next step is the paste page, keeping the answers. */
    PASTE_ERROR_MAIL
}
