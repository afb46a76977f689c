package jp.todoku.diagnosis;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote a bounce, read from its From header (seed 001: "MAILER-DAEMON" and "Mail Delivery
 * Subsystem" are the mail server itself; the domain after @ tells which server), and whether that
 * server belongs to the customer's own provider ("our side") or to someone else. Which domains are
 * ours is configuration, passed in; no provider is built in.
 *
 * @param address the reporting address, lower case, e.g. {@code mailer-daemon@mx.example.ne.jp}; may be null
 * @param host    the part after @, or null
 * @param kind    the kind of automatic sender
 * @param side    whose server wrote it
 */
public record BounceReporter(String address, String host, Kind kind, Side side) {

    // Bounded: an address inside <>, or a bare word@word; nothing nested.
    private static final Pattern ANGLE = Pattern.compile("<([^<>@\\s]{1,128}@[^<>@\\s]{1,255})>");
    private static final Pattern BARE = Pattern.compile("([^<>@\\s\"]{1,128}@[A-Za-z0-9.-]{1,255})");

    /** The automatic senders the seeds name. */
    public enum Kind { MAILER_DAEMON, POSTMASTER, MAIL_DELIVERY_SUBSYSTEM, MAIL_DELIVERY_SYSTEM, OTHER }

    /** Whose server it is, compared with the configured own domains. */
    public enum Side {
        /** One of the customer's provider's own servers: the problem was seen (or caused) on our side. */
        OURS,
        /** Another organisation's server, usually the recipient's. */
        THEIRS,
        /** No host to judge by. */
        UNKNOWN
    }

    /** Reads the From header's value ({@code Mail Delivery Subsystem <mailer-daemon@googlemail.com>}). */
    public static Optional<BounceReporter> find(String fromHeader, Collection<String> ourDomains) {
        if (fromHeader == null || fromHeader.isBlank()) {
            return Optional.empty();
        }
        String value = fromHeader.length() > 1_000 ? fromHeader.substring(0, 1_000) : fromHeader;
        String address = null;
        Matcher angle = ANGLE.matcher(value);
        if (angle.find()) {
            address = angle.group(1);
        } else {
            Matcher bare = BARE.matcher(value);
            if (bare.find()) {
                address = bare.group(1);
            }
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String local = address == null ? "" : address.substring(0, address.indexOf('@')).toLowerCase(Locale.ROOT);
        Kind kind = local.equals("mailer-daemon") || lower.contains("mailer-daemon") ? Kind.MAILER_DAEMON
                : lower.contains("mail delivery subsystem") ? Kind.MAIL_DELIVERY_SUBSYSTEM
                : lower.contains("mail delivery system") ? Kind.MAIL_DELIVERY_SYSTEM
                : local.equals("postmaster") || lower.contains("postmaster") ? Kind.POSTMASTER
                : Kind.OTHER;
        String host = address == null ? null : address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return Optional.of(new BounceReporter(address == null ? null : address.toLowerCase(Locale.ROOT), host, kind,
                sideOf(host, ourDomains)));
    }

    /**
     * Whose server refused: the remote host named in the failure when there is one, else the
     * reporter (a server that writes a bounce about its own refusal is the one that refused).
     */
    public static Side rejectingSide(String remoteHost, Optional<BounceReporter> reporter, Collection<String> ourDomains) {
        if (remoteHost != null && !remoteHost.isBlank()) {
            return sideOf(remoteHost.strip().toLowerCase(Locale.ROOT).replaceAll("[\\[\\]]", ""), ourDomains);
        }
        return reporter.map(BounceReporter::side).orElse(Side.UNKNOWN);
    }

    /** OURS when the host is one of the domains or below one of them. */
    public static Side sideOf(String host, Collection<String> ourDomains) {
        if (host == null || host.isBlank()) {
            return Side.UNKNOWN;
        }
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        for (String domain : ourDomains == null ? List.<String>of() : ourDomains) {
            String own = domain.strip().toLowerCase(Locale.ROOT);
            if (!own.isEmpty() && (name.equals(own) || name.endsWith("." + own))) {
                return Side.OURS;
            }
        }
        return Side.THEIRS;
    }
}
