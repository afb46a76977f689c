package jp.todoku.selfservice;

import java.util.Optional;
import java.util.Set;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Reason;
import jp.todoku.dnscheck.DomainName;

/**
 * Which DNS checks the result page offers for one failed recipient. The recipient's domain can always be
 * checked (a typo or a broken MX explains many failures, not only "host unknown"); the sender's domain
 * only where the receiver judged the sender (authentication, spam, policy), because there SPF, DKIM and
 * DMARC are what the receiver looked at.
 *
 * @param recipientDomain the recipient's domain as DNS sees it, or null when the bounce names no readable one
 * @param senderCheck     whether to offer the sender domain check
 * @param senderDomain    the original sender's domain when the bounce names it, or null (the customer types it)
 */
record DnsOffer(String recipientDomain, boolean senderCheck, String senderDomain) {

    private static final Set<Reason> JUDGED_SENDER = Set.of(Reason.AUTH_FAILURE, Reason.SPAM_DETECTED,
            Reason.BLOCKED, Reason.REJECTED, Reason.POLICY_VIOLATION, Reason.BAD_REPUTATION);

    static DnsOffer of(DeliveryFailure failure) {
        return new DnsOffer(domain(failure.recipient()).orElse(null), JUDGED_SENDER.contains(failure.reason()),
                domain(failure.sender()).orElse(null));
    }

    private static Optional<String> domain(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return Optional.empty();
        }
        return DomainName.find(address).map(DomainName::ascii);
    }
}
