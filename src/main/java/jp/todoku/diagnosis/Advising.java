package jp.todoku.diagnosis;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.diagnosis.knowledge.PreparedInput;
import jp.todoku.diagnosis.message.Charsets;
import jp.todoku.diagnosis.message.MessageText;

/**
 * Attaches the knowledge base's advice to decoded failures. Kept apart from the readers so decoding
 * (measured against the corpus) and advising (measured against the seeds) can change independently.
 */
final class Advising {

    // Evidence lines are searched in at most this much of the input: enough for any bounce's
    // human-readable part (they are a few KB, at the top), and it bounds the work for a 10 MB paste:
    // 256 KB of random bytes took 365 ms to match (fuzzing, issue 16), 64 KB stays under 100 ms.
    private static final int EVIDENCE_WINDOW = 64 * 1024;

    private Advising() {
    }

    static List<Diagnosis> advise(Knowledge knowledge, List<Diagnosis> diagnoses, byte[] raw) {
        if (raw == null || raw.length == 0) {
            return diagnoses;
        }
        String input = readable(raw);
        // Every failure (of every message of an mbox) reads the same input: prepare it once.
        PreparedInput prepared = knowledge.prepare(input);
        List<Diagnosis> advised = new ArrayList<>(diagnoses.size());
        for (Diagnosis diagnosis : diagnoses) {
            advised.add(advise(knowledge, diagnosis, input, prepared, diagnoses.size() == 1));
        }
        return advised;
    }

    private static Diagnosis advise(Knowledge knowledge, Diagnosis diagnosis, String input, PreparedInput prepared,
                                    boolean wholeInput) {
        if (diagnosis.kind() == Diagnosis.Kind.UNREADABLE) {
            return diagnosis;
        }
        if (diagnosis.failures().isEmpty()) {
            // Not a bounce to the readers, but a short paste may still be a line the seeds explain.
            if (!wholeInput || input.length() > 4096) {
                return diagnosis;
            }
            Advice advice = knowledge.adviseFragment(input);
            if (!advice.recognised()) {
                return diagnosis;
            }
            return new Diagnosis(Diagnosis.Kind.FRAGMENT, List.of(FailureDecision.decide(fragmentFailure(input, advice), knowledge)), null);
        }
        List<DeliveryFailure> failures = new ArrayList<>(diagnosis.failures().size());
        for (DeliveryFailure failure : diagnosis.failures()) {
            failures.add(FailureDecision.decide(failure.withAdvice(knowledge.advisePrepared(failure, prepared)), knowledge));
        }
        return new Diagnosis(diagnosis.kind(), failures, diagnosis.problem());
    }

    private static DeliveryFailure fragmentFailure(String input, Advice advice) {
        String text = input.strip();
        DeliveryStatus status = DeliveryStatus.find(text).orElse(null);
        ReplyCode reply = ReplyCode.find(text).orElse(null);
        boolean temporary = status != null ? status.isTemporary() : reply != null && reply.isTemporary();
        return new DeliveryFailure(null, null, status, reply, Reason.ON_HOLD, temporary, text, null, null, null,
                null, null, null, "knowledge", null, advice);
    }

    /** The input as text, from its bytes with LF line ends, so CRLF, CR and LF read (and cut) alike (issue 16). */
    private static String readable(byte[] raw) {
        // Line ends are made LF before decoding: ISO-2022-JP read with CRLF must give what LF gives (fuzzing finding).
        byte[] window = MessageText.withLineFeeds(raw, EVIDENCE_WINDOW);
        String ascii = MessageText.readableAscii(window);
        return ascii != null ? ascii : MessageText.forReading(Charsets.decode(window, null));
    }
}
