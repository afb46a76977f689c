package jp.todoku.staff;

/** How an account change went; each outcome is a message key for the page. */
enum AccountChange {
    DONE("staff.accounts.done"),
    NAME_TAKEN("staff.accounts.nameTaken"),
    NAME_INVALID("staff.accounts.nameInvalid"),
    PASSWORD_TOO_SHORT("staff.password.tooShort"),
    PASSWORD_MISMATCH("staff.password.mismatch"),
    WRONG_CURRENT_PASSWORD("staff.password.wrongCurrent"),
    NOT_YOURSELF("staff.accounts.notYourself"),
    NO_SUCH_ACCOUNT("staff.accounts.noSuchAccount");

    private final String messageKey;

    AccountChange(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    boolean isDone() {
        return this == DONE;
    }
}
