package jp.todoku.tickets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a customer's status link: 192 random bits from {@link SecureRandom}, URL-safe Base64
 * without padding (32 characters). Only its SHA-256 is stored; a presented token is compared in
 * constant time, so neither the database nor response timing gives it away.
 */
final class StatusToken {

    private static final int BYTES = 24;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

    /** A token just issued: the raw value for the link (shown once) and the hash to store. */
    record Issued(String raw, String hash) {
    }

    private StatusToken() {
    }

    static Issued issue(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(raw, hash(raw));
    }

    static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** Whether {@code presented} is the token whose hash is stored. Any malformed input is simply no match. */
    static boolean matches(String presented, String storedHash) {
        // Hash even malformed input so the time taken does not depend on what was presented.
        String candidate = presented != null && SHAPE.matcher(presented).matches() ? presented : "";
        byte[] presentedHash = hash(candidate).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = storedHash == null ? new byte[0] : storedHash.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presentedHash, expected) && !candidate.isEmpty();
    }
}
