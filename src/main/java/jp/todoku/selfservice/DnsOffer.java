package jp.todoku.selfservice;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Reason;
import jp.todoku.dnscheck.DomainName;
import jp.todoku.dnscheck.IpAddress;

/**
 * Which DNS checks the result page offers for one failed recipient. The recipient's domain can always be
 * checked (a typo or a broken MX explains many failures, not only "host unknown"); the sender's domain
 * only where the receiver judged the sender (authentication, spam, policy), because there SPF, DKIM and
 * DMARC are what the receiver looked at; the sending server only where the receiver judged the server
 * and its reply names an address ("Client host [192.0.2.1] blocked using ...").
 *
 * @param recipientDomain the recipient's domain as DNS sees it, or null when the bounce names no readable one
 * @param senderCheck     whether to offer the sender domain check
 * @param senderDomain    the original sender's domain when the bounce names it, or null (the customer types it)
 * @param serverAddress   the sending server's address quoted in the receiver's reply, or null
 */
record DnsOffer(String recipientDomain, boolean senderCheck, String senderDomain, String serverAddress) {

    private static final Set<Reason> JUDGED_SENDER = Set.of(Reason.AUTH_FAILURE, Reason.SPAM_DETECTED,
            Reason.BLOCKED, Reason.REJECTED, Reason.POLICY_VIOLATION, Reason.BAD_REPUTATION);
    private static final Set<Reason> JUDGED_SERVER = Set.of(Reason.BLOCKED, Reason.BAD_REPUTATION,
            Reason.REQUIRE_PTR, Reason.SPAM_DETECTED, Reason.REJECTED);
    // Dotted quads only: IPv6 in reply texts is rare and its literal is too easily confused with times.
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![\\d.])");
    private static final int SCANNED = 2000;

    static DnsOffer of(DeliveryFailure failure) {
        return new DnsOffer(domain(failure.recipient()).orElse(null), JUDGED_SENDER.contains(failure.reason()),
                domain(failure.sender()).orElse(null),
                JUDGED_SERVER.contains(failure.reason()) ? serverAddress(failure).orElse(null) : null);
    }

    private static Optional<String> domain(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return Optional.empty();
        }
        return DomainName.find(address).map(DomainName::ascii);
    }

    /** The first address in the reply that is not the receiving host's own (Postfix prints "mx[ip]"). */
    private static Optional<String> serverAddress(DeliveryFailure failure) {
        String text = failure.diagnosticText();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String receiver = failure.remoteHost() == null ? "" : failure.remoteHost();
        Matcher matcher = IPV4.matcher(text.length() > SCANNED ? text.substring(0, SCANNED) : text);
        while (matcher.find()) {
            String candidate = matcher.group(1);
            if (!receiver.contains(candidate)) {
                Optional<IpAddress> address = IpAddress.find(candidate);
                if (address.isPresent()) {
                    return Optional.of(address.get().text());
                }
            }
        }
        return Optional.empty();
    }
}
