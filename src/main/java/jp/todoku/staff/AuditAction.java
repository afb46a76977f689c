package jp.todoku.staff;

/** What a staff member did, as recorded in the audit log; the label is a message key. */
enum AuditAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    TICKET_ASSIGNED,
    TICKET_STATUS_CHANGED,
    TICKET_REPLIED,
    TICKET_NOTED,
    QUEUE_EXPORTED;

    public String labelKey() {
        return "staff.audit.action." + name();
    }
}
