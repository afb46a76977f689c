package jp.todoku.dnscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed SPF record (RFC 7208 section 12). Parsing never fails: terms that cannot be read are kept in
 * {@link #errors()}, because a receiver treats any of them as a permanent error and the customer needs
 * to see which term it was.
 */
record SpfRecord(String text, List<SpfTerm> terms, List<String> errors) {

    private static final Pattern VERSION = Pattern.compile("(?i)v=spf1(?: .*)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern MECHANISM = Pattern.compile("([+?~-]?)([A-Za-z][A-Za-z0-9_.-]*)");
    private static final Pattern DUAL_CIDR = Pattern.compile("(?:/([0-9]{1,3}))?(?://([0-9]{1,3}))?\\z");
    private static final Pattern MACRO_STRING = Pattern.compile(
            "(?:[\\x21-\\x24\\x26-\\x7E]|%%|%_|%-|%\\{[slodiphcrtvSLODIPHCRTV][0-9]{0,3}[rR]?[.+,/_=-]*\\})+");
    private static final int MAX_TERMS = 100;

    SpfRecord {
        terms = List.copyOf(terms);
        errors = List.copyOf(errors);
    }

    /** True when a TXT string is an SPF record at all: "v=spf1" alone or followed by a space. */
    static boolean isSpf(String txt) {
        return VERSION.matcher(txt).matches();
    }

    static Optional<SpfRecord> find(String txt) {
        return isSpf(txt) ? Optional.of(parse(txt)) : Optional.empty();
    }

    private static SpfRecord parse(String txt) {
        List<SpfTerm> terms = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] words = txt.trim().split(" +");
        int redirects = 0;
        int explanations = 0;
        for (int i = 1; i < words.length && i <= MAX_TERMS; i++) {
            Optional<SpfTerm> term = parseTerm(words[i]);
            if (term.isEmpty()) {
                errors.add(words[i]);
                continue;
            }
            if (term.get() instanceof SpfTerm.Modifier modifier) {
                redirects += modifier.isRedirect() ? 1 : 0;
                explanations += modifier.name().equalsIgnoreCase("exp") ? 1 : 0;
            }
            terms.add(term.get());
        }
        if (words.length > MAX_TERMS + 1) {
            errors.add("…");
        }
        if (redirects > 1) {
            errors.add("redirect=");
        }
        if (explanations > 1) {
            errors.add("exp=");
        }
        return new SpfRecord(txt, terms, errors);
    }

    private static Optional<SpfTerm> parseTerm(String word) {
        // A modifier's "=" comes before any ":" or "/"; a mechanism's name ends at ":" or "/" (a/24, mx//64).
        int end = 0;
        while (end < word.length() && ":/=".indexOf(word.charAt(end)) < 0) {
            end++;
        }
        if (end < word.length() && word.charAt(end) == '=') {
            return modifier(word.substring(0, end), word.substring(end + 1));
        }
        Matcher mechanism = MECHANISM.matcher(word.substring(0, end));
        if (!mechanism.matches()) {
            return Optional.empty();
        }
        SpfTerm.Qualifier qualifier = mechanism.group(1).isEmpty() ? SpfTerm.Qualifier.PASS
                : SpfTerm.Qualifier.find(mechanism.group(1).charAt(0)).orElseThrow();
        String rest = word.substring(end);
        return SpfTerm.Kind.find(mechanism.group(2)).flatMap(kind -> mechanism(qualifier, kind, rest));
    }

    private static Optional<SpfTerm> modifier(String name, String value) {
        if (!NAME.matcher(name).matches() || !value.isEmpty() && !MACRO_STRING.matcher(value).matches()) {
            return Optional.empty();
        }
        boolean needsDomain = name.equalsIgnoreCase("redirect") || name.equalsIgnoreCase("exp");
        return needsDomain && !isDomainSpec(value) ? Optional.empty() : Optional.of(new SpfTerm.Modifier(name, value));
    }

    /** {@code rest} is what follows the mechanism's name: "", ":argument", or for a and mx also "/prefix". */
    private static Optional<SpfTerm> mechanism(SpfTerm.Qualifier qualifier, SpfTerm.Kind kind, String rest) {
        boolean hasArgument = rest.startsWith(":");
        String argument = hasArgument ? rest.substring(1) : rest;
        return switch (kind) {
            case ALL -> rest.isEmpty() ? Optional.of(new SpfTerm.Mechanism(qualifier, kind, "", 32, 128)) : Optional.empty();
            case INCLUDE, EXISTS -> hasArgument && isDomainSpec(argument)
                    ? Optional.of(new SpfTerm.Mechanism(qualifier, kind, argument, 32, 128)) : Optional.empty();
            case PTR -> rest.isEmpty() || hasArgument && isDomainSpec(argument)
                    ? Optional.of(new SpfTerm.Mechanism(qualifier, kind, argument, 32, 128)) : Optional.empty();
            case A, MX -> rest.isEmpty() || hasArgument || rest.startsWith("/")
                    ? withCidr(qualifier, kind, argument, hasArgument) : Optional.empty();
            case IP4, IP6 -> hasArgument ? network(qualifier, kind, argument) : Optional.empty();
        };
    }

    private static Optional<SpfTerm> withCidr(SpfTerm.Qualifier qualifier, SpfTerm.Kind kind, String argument,
            boolean hasDomain) {
        String spec = argument;
        int ipv4 = 32;
        int ipv6 = 128;
        Matcher cidr = DUAL_CIDR.matcher(spec);
        if (cidr.find() && cidr.start() < spec.length()) {
            ipv4 = cidr.group(1) == null ? 32 : Integer.parseInt(cidr.group(1));
            ipv6 = cidr.group(2) == null ? 128 : Integer.parseInt(cidr.group(2));
            spec = spec.substring(0, cidr.start());
        } else if (spec.endsWith("/") || !hasDomain && !spec.isEmpty()) {
            return Optional.empty();
        }
        if (ipv4 > 32 || ipv6 > 128 || hasDomain && !isDomainSpec(spec)) {
            return Optional.empty();
        }
        return Optional.of(new SpfTerm.Mechanism(qualifier, kind, spec, ipv4, ipv6));
    }

    private static Optional<SpfTerm> network(SpfTerm.Qualifier qualifier, SpfTerm.Kind kind, String argument) {
        int slash = argument.lastIndexOf('/');
        String address = slash < 0 ? argument : argument.substring(0, slash);
        int max = kind == SpfTerm.Kind.IP4 ? 32 : 128;
        int prefix = max;
        if (slash >= 0) {
            String digits = argument.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(digits);
        }
        Optional<IpAddress> ip = IpAddress.find(address);
        if (prefix > max || ip.isEmpty() || ip.get().isIpv4() != (kind == SpfTerm.Kind.IP4)) {
            return Optional.empty();
        }
        return Optional.of(new SpfTerm.Mechanism(qualifier, kind, address,
                kind == SpfTerm.Kind.IP4 ? prefix : 32, kind == SpfTerm.Kind.IP6 ? prefix : 128));
    }

    private static boolean isDomainSpec(String spec) {
        return !spec.isEmpty() && spec.length() <= 512 && MACRO_STRING.matcher(spec).matches();
    }

    /** The redirect modifier's domain-spec, if any. */
    Optional<String> redirect() {
        return terms.stream().filter(SpfTerm.Modifier.class::isInstance).map(SpfTerm.Modifier.class::cast)
                .filter(SpfTerm.Modifier::isRedirect).map(SpfTerm.Modifier::value).findFirst();
    }

    /** The "all" mechanism, if any (only the first counts: evaluation stops there). */
    Optional<SpfTerm.Mechanism> all() {
        return mechanisms().stream().filter(mechanism -> mechanism.kind() == SpfTerm.Kind.ALL).findFirst();
    }

    List<SpfTerm.Mechanism> mechanisms() {
        return terms.stream().filter(SpfTerm.Mechanism.class::isInstance).map(SpfTerm.Mechanism.class::cast).toList();
    }
}
