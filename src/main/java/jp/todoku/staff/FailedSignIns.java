package jp.todoku.staff;

import java.io.Serializable;
import java.time.Instant;

/**
 * Wrong passwords given for a staff member's name since their previous sign-in, told to them once on the
 * first console page after they sign in (kept in the session until then, so it must be serializable).
 *
 * @param count  how many
 * @param firstAt the first of them
 * @param lastAt the last of them
 */
record FailedSignIns(int count, Instant firstAt, Instant lastAt) implements Serializable {

    /** The session attribute holding it between the sign-in and the page that shows it. */
    static final String SESSION_ATTRIBUTE = FailedSignIns.class.getName();
}
