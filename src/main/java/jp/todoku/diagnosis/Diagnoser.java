package jp.todoku.diagnosis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.todoku.diagnosis.message.Charsets;
import jp.todoku.diagnosis.message.Forwarding;
import jp.todoku.diagnosis.message.Fragments;
import jp.todoku.diagnosis.message.Headers;
import jp.todoku.diagnosis.message.Mailbox;
import jp.todoku.diagnosis.message.MailDates;
import jp.todoku.diagnosis.message.MessageText;
import jp.todoku.diagnosis.message.ParsedMessage;
import jp.todoku.diagnosis.mta.Finding;
import jp.todoku.diagnosis.mta.FragmentReader;
import jp.todoku.diagnosis.mta.Readers;
import jp.todoku.diagnosis.reason.Evidence;
import jp.todoku.diagnosis.reason.ReasonClassifier;
import jp.todoku.diagnosis.reason.Verdict;

/**
 * The engine's front door: raw bytes or pasted text in, one {@link Diagnosis} out. It never throws;
 * input it cannot read becomes {@link Diagnosis.Kind#UNREADABLE} with a message key saying why.
 * Instances are immutable and safe to share between threads.
 */
public final class Diagnoser {

    /** Inputs larger than this are refused before any parsing (10 MB). */
    public static final int DEFAULT_SIZE_CAP = 10 * 1024 * 1024;

    public static final String PROBLEM_TOO_LARGE = "diagnosis.problem.too-large";
    public static final String PROBLEM_EMPTY = "diagnosis.problem.empty";
    public static final String PROBLEM_UNREADABLE = "diagnosis.problem.unreadable";
    public static final String PROBLEM_BINARY = "diagnosis.problem.binary";

    private final Readers readers;
    private final FragmentReader fragments;
    private final ReasonClassifier classifier;
    private final int sizeCap;
    private final Knowledge knowledge;

    private Diagnoser(Readers readers, ReasonClassifier classifier, int sizeCap, Knowledge knowledge) {
        this.readers = readers;
        this.fragments = new FragmentReader(classifier::namesACause);
        this.classifier = classifier;
        this.sizeCap = sizeCap;
        this.knowledge = knowledge;
    }

    /** A diagnoser with the standard readers and the bundled reason rules. */
    public static Diagnoser create() {
        return new Diagnoser(Readers.standard(), ReasonClassifier.bundled(), DEFAULT_SIZE_CAP, null);
    }

    /**
     * A diagnoser whose failures each carry the knowledge base's advice, and which also answers a
     * paste that only the knowledge base recognises (an Outlook client code, a provider's text).
     */
    public static Diagnoser withBundledKnowledge() {
        return new Diagnoser(Readers.standard(), ReasonClassifier.bundled(), DEFAULT_SIZE_CAP, Knowledge.bundled());
    }

    /** The same diagnoser with another size cap in bytes. */
    public Diagnoser withSizeCap(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("size cap must be positive");
        }
        return new Diagnoser(readers, classifier, bytes, knowledge);
    }

    /** Pasted text: a whole message, several messages of an mbox, or a fragment of error lines. */
    public Diagnosis diagnose(String text) {
        if (text == null) {
            return Diagnosis.unreadable(PROBLEM_EMPTY);
        }
        if ((long) text.length() * 3 > sizeCap && text.getBytes(StandardCharsets.UTF_8).length > sizeCap) {
            return Diagnosis.unreadable(PROBLEM_TOO_LARGE);
        }
        return diagnose(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Raw bytes of one message (or an mbox, whose failures are listed together), or a fragment. */
    public Diagnosis diagnose(byte[] raw) {
        List<Diagnosis> each = diagnoseEach(raw);
        if (each.size() == 1) {
            return each.get(0);
        }
        List<DeliveryFailure> failures = new ArrayList<>();
        for (Diagnosis diagnosis : each) {
            failures.addAll(diagnosis.failures());
        }
        return failures.isEmpty() ? Diagnosis.notBounce() : new Diagnosis(Diagnosis.Kind.BOUNCE, failures, null);
    }

    /** One diagnosis per message: several for an mbox, one otherwise. Never throws. */
    public List<Diagnosis> diagnoseEach(byte[] raw) {
        List<Diagnosis> each = decodeEach(raw);
        return knowledge == null ? each : Advising.advise(knowledge, each, raw);
    }

    private List<Diagnosis> decodeEach(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return List.of(Diagnosis.unreadable(PROBLEM_EMPTY));
        }
        if (raw.length > sizeCap) {
            return List.of(Diagnosis.unreadable(PROBLEM_TOO_LARGE));
        }
        try {
            if (isBinary(raw)) {
                return List.of(Diagnosis.unreadable(PROBLEM_BINARY));
            }
            String latin1 = MessageText.latin1WithLineFeeds(raw);
            if (latin1.isBlank()) {
                return List.of(Diagnosis.unreadable(PROBLEM_EMPTY));
            }
            if (Mailbox.isMailbox(latin1)) {
                List<String> messages = Mailbox.split(latin1);
                if (messages.size() > 1) {
                    List<Diagnosis> results = new ArrayList<>(messages.size());
                    for (String message : messages) {
                        results.add(guarded(message));
                    }
                    return results;
                }
            }
            return List.of(readOne(latin1, raw));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError unexpected) {
            return List.of(Diagnosis.unreadable(PROBLEM_UNREADABLE));
        }
    }

    /**
     * True when the start of the input is mostly control bytes (an image, an archive, a Word file):
     * not mail text. Tab, line ends, form feed and ESC (used by ISO-2022-JP) are text.
     */
    static boolean isBinary(byte[] raw) {
        // A CRLF counts as one byte, like LF and CR, so the line ends never change the answer (issue 16:
        // fuzzing found a paste that was binary with LF and text with CRLF).
        int length = 0;
        int control = 0;
        for (int i = 0; i < raw.length && length < 4_096; i++) {
            int b = raw[i] & 0xff;
            if (b == '\r' && i + 1 < raw.length && raw[i + 1] == '\n') {
                continue;
            }
            length++;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c && b != 0x1b) {
                control++;
            }
        }
        return control * 10 > length;
    }

    private Diagnosis guarded(String latin1) {
        try {
            return readOne(latin1, null);
        } catch (RuntimeException | StackOverflowError | LinkageError unexpected) {
            return Diagnosis.unreadable(PROBLEM_UNREADABLE);
        }
    }

    private Diagnosis readOne(String latin1, byte[] raw) {
        return readOne(latin1, raw, 0);
    }

    private Diagnosis readOne(String latin1, byte[] raw, int depth) {
        if (Fragments.looksLikeMessage(latin1)) {
            ParsedMessage message = ParsedMessage.parse(latin1);
            if (depth < 3) {
                // A customer forwarded the bounce (attached or inline): the forwarded part is the report.
                Optional<String> forwarded = Forwarding.attachedReport(message).or(() -> Forwarding.inlineReport(message));
                if (forwarded.isPresent()) {
                    Diagnosis inner = readOne(forwarded.get(), null, depth + 1);
                    if (inner.kind() == Diagnosis.Kind.BOUNCE || inner.kind() == Diagnosis.Kind.FRAGMENT) {
                        return inner;
                    }
                }
            }
            Readers.Reading reading = readers.read(message);
            List<Finding> findings = reading.findings();
            if (findings.isEmpty()) {
                return Diagnosis.notBounce();
            }
            Headers original = reading.original();
            String subject = original.find("subject").orElse(null);
            String messageId = original.find("message-id").map(Diagnoser::angleless).orElse(null);
            return new Diagnosis(Diagnosis.Kind.BOUNCE, failures(findings, subject, messageId), null);
        }
        // The bytes with LF line ends (latin1 keeps every byte): decoding the raw bytes let CRLF and LF
        // decode ISO-2022-JP differently (issue 16, a fuzzing finding).
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        String text = MessageText.normaliseLineEnds(Charsets.decode(bytes, null));
        text = MessageText.stripQuotes(MessageText.foldFullWidth(text));
        List<Finding> findings = fragments.read(text);
        if (findings.isEmpty()) {
            return Diagnosis.notBounce();
        }
        return new Diagnosis(Diagnosis.Kind.FRAGMENT, failures(findings, null, null), null);
    }

    private List<DeliveryFailure> failures(List<Finding> findings, String subject, String messageId) {
        List<DeliveryFailure> failures = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Evidence evidence = new Evidence(finding.decodedBy(), finding.verdict(), finding.status(), finding.replyCode(),
                    finding.diagnosticText(), finding.command(), finding.recipient(), finding.remoteHost(),
                    finding.delayed(), finding.diagnosticType(), finding.action(), finding.reportingHost(),
                    finding.feedbackType());
            Verdict verdict = classifier.classify(evidence);
            // Only codes a server wrote are shown: a made-up x.0.9xx from the classifier is dropped.
            DeliveryStatus status = verdict.status() != null && !verdict.status().isPseudo() ? verdict.status() : null;
            if (status == null && finding.status() != null && !finding.status().isPseudo()) {
                status = finding.status();
            }
            failures.add(new DeliveryFailure(finding.recipient(), finding.sender(), status, verdict.replyCode(),
                    verdict.reason(), verdict.temporary(), finding.diagnosticText(), finding.remoteHost(),
                    finding.reportingHost(), finding.command(), MailDates.find(finding.date()).orElse(null), subject,
                    messageId, finding.decodedBy(), finding.feedbackType(), null, verdict.strength()));
        }
        return failures;
    }

    private static String angleless(String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT).isEmpty() ? null : trimmed;
    }
}
