package jp.todoku.headers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts the authentication fields together. Anyone can write an Authentication-Results field, so only
 * the receiving side's own are believed (RFC 8601 section 5): the receiving side is read from the
 * topmost hops, down to the one where the message came in from another organisation.
 */
final class AuthenticationReader {

    private static final Set<String> MICROSOFT = Set.of("outlook.com", "office365.com", "microsoft.com",
            "hotmail.com", "live.com", "outlook.jp");
    private static final int MAX_FIELDS = 50;
    private static final int TOP_HOPS = 15;

    private AuthenticationReader() {
    }

    static Authentication read(List<HeaderField> fields, List<Received> newestFirst) {
        Set<String> receiving = new LinkedHashSet<>();
        int entry = entryPosition(newestFirst, receiving);
        boolean ordered = orderPreserved(fields);
        List<AuthenticationResults> results = new ArrayList<>();
        List<DkimSignature> signatures = new ArrayList<>();
        List<ReceivedSpf> receivedSpf = new ArrayList<>();
        Map<Integer, ArcParts> arc = new TreeMap<>();
        String from = "";
        String returnPath = "";
        for (HeaderField field : fields) {
            String name = field.lowerName();
            switch (name) {
                case "authentication-results" -> {
                    if (results.size() < MAX_FIELDS) {
                        ResultsReader.Read read = ResultsReader.read(field.value());
                        results.add(new AuthenticationResults(read.authservId(), read.results(),
                                trust(read.authservId(), field.position(), receiving, entry, ordered), field.position()));
                    }
                }
                case "dkim-signature" -> {
                    if (signatures.size() < MAX_FIELDS) {
                        signatures.add(signature(field));
                    }
                }
                case "received-spf" -> {
                    if (receivedSpf.size() < MAX_FIELDS) {
                        receivedSpf.add(receivedSpf(field));
                    }
                }
                case "arc-seal", "arc-message-signature", "arc-authentication-results" -> arcPart(arc, name, field.value());
                case "from" -> from = from.isEmpty() ? Domains.ofAddress(field.value()) : from;
                case "return-path" -> returnPath = returnPath.isEmpty() ? Domains.ofAddress(field.value()) : returnPath;
                default -> { }
            }
        }
        List<AuthenticationResults> trusted = results.stream().filter(result -> result.trust().trusted()).toList();
        Authentication.Check spf = check(trusted, "spf");
        if (spf.verdict() == AuthVerdict.UNKNOWN && !receivedSpf.isEmpty()) {
            ReceivedSpf top = receivedSpf.get(0);
            spf = new Authentication.Check(top.verdict(), Domains.ofAddress(top.envelopeFrom()), Authentication.Source.RECEIVED_SPF);
        }
        Authentication.Check dkim = dkimCheck(trusted);
        Authentication.Check dmarc = check(trusted, "dmarc");
        List<String> dkimPassed = trusted.stream().flatMap(result -> result.results().stream())
                .filter(result -> result.method().equals("dkim") && result.verdict().passed())
                .map(MethodResult::domain).filter(domain -> !domain.isEmpty()).distinct().toList();
        String spfDomain = spf.domain().isEmpty() ? returnPath : spf.domain();
        Alignment alignment = Alignment.of(from, spfDomain, spf.verdict(), dkimPassed,
                !trusted.isEmpty() || spf.source() != Authentication.Source.NONE);
        List<ArcSet> arcSets = arc.values().stream().map(ArcParts::toSet).toList();
        AuthVerdict chain = arcSets.isEmpty() ? AuthVerdict.UNKNOWN : arcSets.get(arcSets.size() - 1).chain();
        return new Authentication(List.copyOf(receiving), results, spf, dkim, dmarc, signatures, arcSets, chain,
                receivedSpf, alignment);
    }

    /**
     * The position of the Received field written before the receiving side took the message (the sender's
     * last one): whatever lies below it was in the message already. The receiving side's organisations are
     * collected on the way down (the topmost hops with an IP address for a name, like Gmail's, are skipped).
     * The receiver's own fields may sit just above or just below its entry Received (Gmail puts
     * Authentication-Results below it), so the boundary is the next Received down, not the entry itself.
     */
    private static int entryPosition(List<Received> newestFirst, Set<String> receiving) {
        int entry = Integer.MAX_VALUE;
        for (int i = 0; i < Math.min(TOP_HOPS, newestFirst.size()); i++) {
            Received received = newestFirst.get(i);
            String by = Domains.organisation(received.by());
            if (!by.isEmpty()) {
                receiving.add(by);
            }
            if (receiving.isEmpty()) {
                continue;
            }
            entry = i + 1 < newestFirst.size() ? newestFirst.get(i + 1).position() : Integer.MAX_VALUE;
            String from = Domains.organisation(received.fromName() != null ? received.fromName() : received.from());
            boolean outside = !from.isEmpty() ? !receiving.contains(from)
                    : received.fromAddress() != null && !isInternal(received.fromAddress());
            if (outside) {
                break;
            }
        }
        return entry;
    }

    private static boolean isInternal(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        if (IpText.isLoopback(lower) || lower.startsWith("10.") || lower.startsWith("192.168.") || lower.startsWith("fd")
                || lower.startsWith("fc") || lower.startsWith("fe80")) {
            return true;
        }
        if (lower.startsWith("172.")) {
            String[] parts = lower.split("\\.");
            int second = parts.length > 1 && parts[1].chars().allMatch(Character::isDigit) && !parts[1].isEmpty()
                    ? Integer.parseInt(parts[1]) : 0;
            return second >= 16 && second <= 31;
        }
        return false;
    }

    /**
     * Whether the fields still stand in the order the servers wrote them: some other field sits between
     * Received fields. Outlook's header view can list all Received fields together, and then a field's
     * place says nothing about when it was added.
     */
    private static boolean orderPreserved(List<HeaderField> fields) {
        boolean seenReceived = false;
        boolean otherAfterReceived = false;
        for (HeaderField field : fields) {
            if (field.is("Received")) {
                if (otherAfterReceived) {
                    return true;
                }
                seenReceived = true;
            } else if (seenReceived) {
                otherAfterReceived = true;
            }
        }
        return false;
    }

    private static AuthTrust trust(String authservId, int position, Set<String> receiving, int entry, boolean ordered) {
        if (authservId == null) {
            return receiving.stream().anyMatch(MICROSOFT::contains) ? AuthTrust.RECEIVER_UNNAMED : AuthTrust.UNNAMED;
        }
        if (!receiving.contains(Domains.organisation(authservId))) {
            return AuthTrust.OTHER_SERVER;
        }
        return ordered && position > entry ? AuthTrust.BEFORE_RECEIVER : AuthTrust.RECEIVER;
    }

    private static Authentication.Check check(List<AuthenticationResults> trusted, String method) {
        for (AuthenticationResults result : trusted) {
            java.util.Optional<MethodResult> found = result.find(method);
            if (found.isPresent()) {
                return new Authentication.Check(found.get().verdict(), found.get().domain(),
                        Authentication.Source.AUTHENTICATION_RESULTS);
            }
        }
        return Authentication.Check.UNKNOWN;
    }

    /** Several signatures can be checked; one that passed is what DMARC can use. */
    private static Authentication.Check dkimCheck(List<AuthenticationResults> trusted) {
        Authentication.Check first = Authentication.Check.UNKNOWN;
        for (AuthenticationResults result : trusted) {
            for (MethodResult method : result.results()) {
                if (method.method().equals("dkim")) {
                    Authentication.Check check = new Authentication.Check(method.verdict(), method.domain(),
                            Authentication.Source.AUTHENTICATION_RESULTS);
                    if (method.verdict().passed()) {
                        return check;
                    }
                    first = first.verdict() == AuthVerdict.UNKNOWN ? check : first;
                }
            }
        }
        return first;
    }

    private static DkimSignature signature(HeaderField field) {
        Map<String, String> tags = TagList.parse(field.value());
        List<String> signed = new ArrayList<>();
        for (String header : tags.getOrDefault("h", "").split(":")) {
            if (!header.isBlank() && signed.size() < 60) {
                signed.add(header.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new DkimSignature(Received.cut(tags.getOrDefault("d", "").toLowerCase(Locale.ROOT)),
                Received.cut(tags.getOrDefault("s", "")), Received.cut(tags.getOrDefault("a", "")), signed, field.position());
    }

    /** "pass (mx.example.jp: domain of a@b designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=..." */
    private static ReceivedSpf receivedSpf(HeaderField field) {
        String value = field.value().strip();
        int end = 0;
        while (end < value.length() && Character.isLetter(value.charAt(end))) {
            end++;
        }
        AuthVerdict verdict = AuthVerdict.find(value.substring(0, end));
        int comment = value.indexOf(')');
        Map<String, String> tags = TagList.parse(comment > 0 ? value.substring(comment + 1) : value.substring(end));
        return new ReceivedSpf(verdict, Received.cut(tags.getOrDefault("client-ip", "")),
                Received.cut(tags.getOrDefault("envelope-from", "").replace("\"", "")),
                Received.cut(tags.getOrDefault("receiver", "")), field.position());
    }

    private static void arcPart(Map<Integer, ArcParts> arc, String name, String value) {
        int instance = instance(value);
        if (instance < 1 || instance > 50) {
            return;
        }
        ArcParts parts = arc.computeIfAbsent(instance, ArcParts::new);
        if (name.equals("arc-authentication-results")) {
            int semicolon = value.indexOf(';');
            ResultsReader.Read read = ResultsReader.read(semicolon < 0 ? "" : value.substring(semicolon + 1));
            parts.authservId = read.authservId() == null ? "" : read.authservId();
            parts.results = read.results();
        } else if (name.equals("arc-seal")) {
            Map<String, String> tags = TagList.parse(value);
            parts.chain = AuthVerdict.find(tags.get("cv"));
            parts.sealDomain = Received.cut(tags.getOrDefault("d", "").toLowerCase(Locale.ROOT));
        }
    }

    private static int instance(String value) {
        String tag = TagList.parse(value).get("i");
        if (tag == null || tag.isEmpty() || tag.length() > 3 || !tag.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(tag);
    }

    /** The three fields of one ARC instance as they are found. */
    private static final class ArcParts {
        final int instance;
        AuthVerdict chain = AuthVerdict.UNKNOWN;
        String sealDomain = "";
        String authservId = "";
        List<MethodResult> results = List.of();

        ArcParts(int instance) {
            this.instance = instance;
        }

        ArcSet toSet() {
            return new ArcSet(instance, chain, sealDomain, authservId, results);
        }
    }
}
