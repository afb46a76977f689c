package jp.todoku.diagnosis.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …" for a recipient domain that does not exist or has no such user: the domain is
 * compared with the domains Japanese customers mail most (diagnosis/address/domains.tsv). One slip
 * away means one letter wrong, missing, extra or two letters swapped (Damerau–Levenshtein distance
 * 1), or two for a long domain; "docomo.ne.jo", "gmial.com", "yahoo.co.jo", "ezweb.ne.j",
 * "icloud.co" all are. When two known domains are equally close, none is suggested: a guess the
 * customer cannot trust is worse than none.
 */
public final class DomainTypos {

    private static final int MAXIMUM_DOMAIN = 253;
    private static final List<String> DOMAINS = load();

    private DomainTypos() {
    }

    /** The known domain the given one is most likely a typo of; empty when it is known or not close to one. */
    public static Optional<String> suggest(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        String typed = domain.strip().toLowerCase(Locale.ROOT);
        while (typed.endsWith(".")) {
            typed = typed.substring(0, typed.length() - 1);
        }
        if (typed.isEmpty() || typed.length() > MAXIMUM_DOMAIN || DOMAINS.contains(typed)) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String known : DOMAINS) {
            int allowed = known.length() >= 10 ? 2 : 1;
            if (Math.abs(known.length() - typed.length()) > allowed) {
                continue;
            }
            int distance = distance(typed, known, allowed);
            if (distance > allowed) {
                continue;
            }
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** The address with its domain corrected, for userunknown and hostunknown failures. */
    public static Optional<String> suggestAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return Optional.empty();
        }
        return suggest(address.substring(at + 1)).map(domain -> address.substring(0, at + 1) + domain);
    }

    /**
     * Optimal string alignment distance (a transposition counts as one), stopping as soon as every
     * cell of a row exceeds {@code limit}: short domains, a handful of comparisons, no allocation
     * beyond three rows.
     */
    static int distance(String a, String b, int limit) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }

    private static List<String> load() {
        List<String> domains = new ArrayList<>();
        try (InputStream in = DomainTypos.class.getResourceAsStream("/diagnosis/address/domains.tsv")) {
            if (in == null) {
                throw new IllegalStateException("diagnosis/address/domains.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                domains.add(line.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return List.copyOf(domains);
    }
}
