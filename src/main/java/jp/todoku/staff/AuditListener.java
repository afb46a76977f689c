package jp.todoku.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records sign-ins and failed sign-ins in the audit log (the form login raises these events). */
@Component
class AuditListener {

    private final AuditLog audit;

    AuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.SIGNED_IN, null, null);
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        // The name as typed, bounded by the log; the password never reaches the event's name.
        audit.record(String.valueOf(event.getAuthentication().getName()), AuditAction.SIGN_IN_FAILED, null, null);
    }
}
