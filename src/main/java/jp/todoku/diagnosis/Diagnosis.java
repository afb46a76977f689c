package jp.todoku.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * Everything the engine made of one input: its kind and, for a bounce or fragment, one failure per
 * recipient in the order the message lists them.
 *
 * @param kind     what the input turned out to be
 * @param failures the failed recipients; empty for {@link Kind#NOT_BOUNCE} and {@link Kind#UNREADABLE}
 * @param problem  for {@link Kind#UNREADABLE}: why, as a message key with no personal data
 */
public record Diagnosis(Kind kind, List<DeliveryFailure> failures, String problem) {

    public enum Kind {
        /** A delivery report (or abuse report, or auto-reply) decoded from a whole message. */
        BOUNCE,
        /** A piece of a bounce (a few error lines, an Outlook error code) with no message around it. */
        FRAGMENT,
        /** A readable message that is not a delivery report. */
        NOT_BOUNCE,
        /** Input that could not be read at all (too large, empty, binary). */
        UNREADABLE
    }

    public Diagnosis {
        failures = List.copyOf(failures);
    }

    public static Diagnosis notBounce() {
        return new Diagnosis(Kind.NOT_BOUNCE, List.of(), null);
    }

    public static Diagnosis unreadable(String problem) {
        return new Diagnosis(Kind.UNREADABLE, List.of(), problem);
    }

    public Optional<String> findProblem() {
        return Optional.ofNullable(problem);
    }
}
