package jp.todoku.diagnosis.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.todoku.diagnosis.AddressFinding;
import jp.todoku.diagnosis.AddressFinding.Severity;

/**
 * Looks at a recipient address the way seeds 001 and 003 ask a customer to: characters that cannot
 * be in an address (full-width letters, spaces, a comma or backslash, two @) and characters that are
 * easily confused when an address is copied from paper or read aloud (- and _, 1 and l, 0 and o).
 */
public final class AddressCheck {

    // Japanese mobile carriers' domains: their users often accept mail only from chosen domains (seed 003).
    private static final List<String> MOBILE_DOMAINS = List.of("docomo.ne.jp", "ezweb.ne.jp", "au.com",
            "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp", "y-mobile.ne.jp", "disney.ne.jp", "rakumail.jp");
    private static final int MAXIMUM_LENGTH = 512;

    private AddressCheck() {
    }

    /** Everything noticed, invalid findings first; empty when the address looks fine. */
    public static List<AddressFinding> check(String address) {
        List<AddressFinding> invalid = new ArrayList<>();
        List<AddressFinding> hints = new ArrayList<>();
        if (address == null || address.isBlank()) {
            invalid.add(finding("knowledge.address.empty", Severity.INVALID));
            return invalid;
        }
        String raw = address.length() > MAXIMUM_LENGTH ? address.substring(0, MAXIMUM_LENGTH) : address.strip();
        Set<String> fullWidth = new LinkedHashSet<>();
        raw.codePoints().filter(AddressCheck::isFullWidthForm).forEach(c -> fullWidth.add(new String(Character.toChars(c))));
        if (!fullWidth.isEmpty()) {
            invalid.add(new AddressFinding("knowledge.address.fullWidth", List.of(String.join(" ", fullWidth)), Severity.INVALID));
        }
        // Judge the rest on the half-width form, so one full-width '＠' is not also reported as "no @".
        String folded = TextNormalizer.fold(raw);
        if (folded.chars().anyMatch(Character::isWhitespace)) {
            invalid.add(finding("knowledge.address.space", Severity.INVALID));
        }
        String compact = folded.replaceAll("\\s+", "");
        long ats = compact.chars().filter(c -> c == '@').count();
        if (ats == 0) {
            invalid.add(finding("knowledge.address.missingAt", Severity.INVALID));
        } else if (ats > 1) {
            invalid.add(new AddressFinding("knowledge.address.manyAt", List.of(Long.toString(ats)), Severity.INVALID));
        }
        if (compact.indexOf(',') >= 0) {
            invalid.add(finding("knowledge.address.comma", Severity.INVALID));
        }
        if (compact.indexOf('\\') >= 0) {
            invalid.add(finding("knowledge.address.backslash", Severity.INVALID));
        }
        int at = compact.lastIndexOf('@');
        String local = at < 0 ? compact : compact.substring(0, at);
        String domain = at < 0 ? "" : compact.substring(at + 1).toLowerCase(Locale.ROOT);
        checkDomain(domain, at >= 0, invalid, hints);
        checkLocal(local, invalid, hints);
        List<AddressFinding> all = new ArrayList<>(invalid);
        all.addAll(hints);
        return List.copyOf(all);
    }

    private static void checkDomain(String domain, boolean hasAt, List<AddressFinding> invalid, List<AddressFinding> hints) {
        if (!hasAt) {
            return;
        }
        if (domain.isEmpty()) {
            invalid.add(finding("knowledge.address.missingDomain", Severity.INVALID));
            return;
        }
        String trimmed = domain.replaceAll("[.,;:)>\\]]+$", "");
        if (!trimmed.equals(domain) && !trimmed.isEmpty()) {
            invalid.add(new AddressFinding("knowledge.address.trailingPunctuation",
                    List.of(domain.substring(trimmed.length())), Severity.INVALID));
        }
        if (trimmed.indexOf('.') < 0) {
            invalid.add(finding("knowledge.address.domainWithoutDot", Severity.INVALID));
        }
        if (trimmed.contains("..") || trimmed.startsWith(".")) {
            invalid.add(finding("knowledge.address.dotPlacement", Severity.INVALID));
        }
        Set<String> bad = new LinkedHashSet<>();
        trimmed.chars().filter(c -> !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '.' && c != '-' && c < 128
                        && c != ',' && c != '\\' && c != '@')
                .forEach(c -> bad.add(Character.toString((char) c)));
        if (!bad.isEmpty()) {
            invalid.add(new AddressFinding("knowledge.address.domainCharacter", List.of(String.join(" ", bad)), Severity.INVALID));
        }
        for (String mobile : MOBILE_DOMAINS) {
            if (trimmed.equals(mobile) || trimmed.endsWith("." + mobile)) {
                hints.add(new AddressFinding("knowledge.address.mobileDomain", List.of(mobile), Severity.CHECK));
            }
        }
    }

    private static void checkLocal(String local, List<AddressFinding> invalid, List<AddressFinding> hints) {
        if (local.isEmpty()) {
            invalid.add(finding("knowledge.address.missingLocalPart", Severity.INVALID));
            return;
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            // Japanese carriers once allowed these; most servers refuse them today.
            hints.add(finding("knowledge.address.localDots", Severity.CHECK));
        }
        if (local.indexOf('-') >= 0 || local.indexOf('_') >= 0) {
            hints.add(finding("knowledge.address.confusableHyphenUnderscore", Severity.CHECK));
        }
        // A digit is the tell: "hanako" is fine, "hanak0" or "o1" may have been misread from paper.
        if (local.indexOf('1') >= 0 || letterBesideDigit(local, "lI")) {
            hints.add(finding("knowledge.address.confusableOneEll", Severity.CHECK));
        }
        if (local.indexOf('0') >= 0 || letterBesideDigit(local, "oO")) {
            hints.add(finding("knowledge.address.confusableZeroOh", Severity.CHECK));
        }
    }

    private static boolean letterBesideDigit(String text, String letters) {
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0
                    && ((i > 0 && Character.isDigit(text.charAt(i - 1)))
                    || (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFullWidthForm(int codePoint) {
        // U+FF01..U+FF5E are full-width ASCII; U+3000 is the full-width space.
        return (codePoint >= 0xFF01 && codePoint <= 0xFF5E) || codePoint == 0x3000;
    }

    private static AddressFinding finding(String key, Severity severity) {
        return new AddressFinding(key, List.of(), severity);
    }
}
