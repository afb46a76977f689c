package jp.todoku.diagnosis;

import java.util.List;
import java.util.Optional;

import jp.todoku.diagnosis.knowledge.AddressCheck;
import jp.todoku.diagnosis.knowledge.Base64Size;
import jp.todoku.diagnosis.knowledge.KnowledgeBase;
import jp.todoku.diagnosis.knowledge.ListAdvisor;
import jp.todoku.diagnosis.knowledge.PreparedInput;

/**
 * The knowledge base's front door for everything outside the engine (features may use an engine
 * only through its root package): entries by id, search and advice, plus the computed help the
 * seeds teach. Immutable and thread-safe; {@link #bundled()} loads classpath:knowledge/ once.
 */
public final class Knowledge {

    private static final Knowledge BUNDLED = new Knowledge(KnowledgeBase.bundled());

    private final KnowledgeBase base;

    private Knowledge(KnowledgeBase base) {
        this.base = base;
    }

    /** The knowledge shipped with Todoku. */
    public static Knowledge bundled() {
        return BUNDLED;
    }

    /** Advice for one decoded failure; {@code inputText} is what the customer gave, for evidence lines. */
    public Advice advise(DeliveryFailure failure, String inputText) {
        return base.advise(failure, inputText);
    }

    // For Advising: one message's input is prepared once and shared by all its failures. Kept
    // package-private so the knowledge package's type does not leak to features.
    PreparedInput prepare(String inputText) {
        return base.prepare(inputText);
    }

    Advice advisePrepared(DeliveryFailure failure, PreparedInput input) {
        return base.advisePrepared(failure, input);
    }

    /** Advice for pasted text with no message around it (an error line, an Outlook dialog). */
    public Advice adviseFragment(String fragment) {
        return base.adviseFragment(fragment);
    }

    public Optional<KnowledgeEntry> find(String id) {
        return base.find(id);
    }

    public List<KnowledgeEntry> entries() {
        return base.entries();
    }

    public List<KnowledgeEntry> related(KnowledgeEntry entry) {
        return base.related(entry);
    }

    /** For the staff knowledge browser: entries containing every word of the query, in either language. */
    public List<KnowledgeEntry> search(String query) {
        return base.search(query);
    }

    /**
     * "Did you mean …": for an address that does not exist (userunknown) or whose domain does not
     * (hostunknown), the same address with its domain corrected when the domain is one slip away from
     * a domain Japanese customers mail most (docomo.ne.jo → docomo.ne.jp). Empty otherwise.
     */
    public static Optional<String> didYouMean(String recipient, Reason reason) {
        if (reason != Reason.USER_UNKNOWN && reason != Reason.HOST_UNKNOWN) {
            return Optional.empty();
        }
        return jp.todoku.diagnosis.address.DomainTypos.suggestAddress(recipient);
    }

    /** Invalid or easily confused characters in a recipient address, as message keys with arguments. */
    public static List<AddressFinding> checkAddress(String address) {
        return AddressCheck.check(address);
    }

    /** The bytes an attachment takes in a mail (Base64 with line breaks, about 1.37 times). */
    public static long encodedSize(long attachmentBytes) {
        return Base64Size.encodedSize(attachmentBytes);
    }

    /** The whole message's approximate size with this attachment (headers and text included). */
    public static long messageSize(long attachmentBytes) {
        return Base64Size.messageSize(attachmentBytes);
    }

    /** The largest attachment, in bytes, whose message fits the given limit. */
    public static long largestAttachment(long messageLimitBytes) {
        return Base64Size.largestAttachment(messageLimitBytes);
    }

    /** As a customer reads it: a 10 MB limit gives 7.2 (MB, rounded down to one decimal). */
    public static double largestAttachmentMegabytes(double limitMegabytes) {
        return Base64Size.largestAttachmentMegabytes(limitMegabytes);
    }

    /** Keep or remove the address on a mailing list after this failure. */
    public static ListDecision listDecision(DeliveryFailure failure, Advice advice) {
        return ListAdvisor.decide(failure, advice);
    }
}
