package jp.todoku.dnscheck;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A domain name as DNS sees it: lower-case ASCII (international names in their punycode form, "xn--..."),
 * no trailing dot, labels of letters, digits and hyphens (underscores allowed for _dmarc, _domainkey and
 * DKIM selectors). Customers type full-width dots, e-mail addresses and trailing dots; {@link #find}
 * accepts what can be read and says no to the rest.
 */
public record DomainName(String ascii) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final int MAX_LENGTH = 253;

    public DomainName {
        if (!isValid(ascii)) {
            throw new IllegalArgumentException("not a domain name: " + ascii);
        }
    }

    /** Reads what a person typed: "例え.jp", "Example.CO.JP.", "user@example.jp" (the part after the @). */
    public static Optional<DomainName> find(String text) {
        if (text == null || text.length() > 1024) {
            return Optional.empty();
        }
        String name = text.strip().replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        int at = name.lastIndexOf('@');
        if (at >= 0) {
            name = name.substring(at + 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            // IDN keeps underscores and checks label lengths; USE_STD3_ASCII_RULES would refuse "_dmarc".
            String ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return isValid(ascii) ? Optional.of(new DomainName(ascii)) : Optional.empty();
        } catch (IllegalArgumentException notConvertible) {
            return Optional.empty();
        }
    }

    private static boolean isValid(String ascii) {
        if (ascii == null || ascii.isEmpty() || ascii.length() > MAX_LENGTH) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return false; // a bare "localhost" or "com" is not a mail domain a customer means
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        // An all-numeric last label means an IP address was typed, not a domain.
        return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }

    /** The name as a person reads it (international labels decoded), for display only. */
    public String unicode() {
        return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
    }

    @Override
    public String toString() {
        return ascii;
    }
}
