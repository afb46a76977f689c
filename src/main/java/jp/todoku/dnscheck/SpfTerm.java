package jp.todoku.dnscheck;

import java.util.Locale;
import java.util.Optional;

/** One term of an SPF record (RFC 7208 section 4.6.1): a mechanism with its qualifier, or a modifier. */
sealed interface SpfTerm {

    /** The four qualifiers and the results they give when their mechanism matches. */
    enum Qualifier {
        PASS('+'), FAIL('-'), SOFTFAIL('~'), NEUTRAL('?');

        private final char symbol;

        Qualifier(char symbol) {
            this.symbol = symbol;
        }

        char symbol() {
            return symbol;
        }

        static Optional<Qualifier> find(char symbol) {
            for (Qualifier qualifier : values()) {
                if (qualifier.symbol == symbol) {
                    return Optional.of(qualifier);
                }
            }
            return Optional.empty();
        }
    }

    enum Kind {
        ALL(false), INCLUDE(true), A(true), MX(true), PTR(true), IP4(false), IP6(false), EXISTS(true);

        private final boolean queriesDns;

        Kind(boolean queriesDns) {
            this.queriesDns = queriesDns;
        }

        /** Counts against the limit of 10 DNS-querying terms (RFC 7208 section 4.6.4). */
        boolean queriesDns() {
            return queriesDns;
        }

        static Optional<Kind> find(String name) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code argument} is the domain-spec (empty when the mechanism has none) or, for ip4/ip6, the network
     * address; the prefixes default to the whole address (32 and 128).
     */
    record Mechanism(Qualifier qualifier, Kind kind, String argument, int ipv4Prefix, int ipv6Prefix)
            implements SpfTerm {

        public Mechanism {
            if (ipv4Prefix < 0 || ipv4Prefix > 32 || ipv6Prefix < 0 || ipv6Prefix > 128) {
                throw new IllegalArgumentException("prefix out of range");
            }
        }

        @Override
        public String toString() {
            String name = (qualifier == Qualifier.PASS ? "" : String.valueOf(qualifier.symbol()))
                    + kind.name().toLowerCase(Locale.ROOT);
            return argument.isEmpty() ? name : name + ":" + argument;
        }
    }

    /** {@code redirect=domain}, {@code exp=domain}, or one of the unknown modifiers receivers ignore. */
    record Modifier(String name, String value) implements SpfTerm {

        boolean isRedirect() {
            return name.equalsIgnoreCase("redirect");
        }

        @Override
        public String toString() {
            return name + "=" + value;
        }
    }
}
