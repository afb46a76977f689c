package jp.todoku.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the secrets of mail links out of the database's plain view. A ticket stores only its status
 * token's hash, yet every notification must carry the private link: the raw token is sealed with
 * AES-GCM under a key derived from {@code TODOKU_MAIL_LINK_KEY} when the ticket is opened. The same
 * secret signs the tag of our bounce address (VERP), so a forged bounce cannot mark a contact dead.
 */
final class LinkSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] sealKey;
    private final byte[] signKey;
    private final SecureRandom random = new SecureRandom();

    private LinkSeal(byte[] sealKey, byte[] signKey) {
        this.sealKey = sealKey;
        this.signKey = signKey;
    }

    /** Empty when no key is configured: links wait until one is. */
    static Optional<LinkSeal> fromSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new LinkSeal(derive(secret, "todoku-mail-seal"), derive(secret, "todoku-mail-sign")));
    }

    String seal(String raw) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(raw.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has AES-GCM", impossible);
        }
    }

    /** Empty when the text was sealed with another key (the key changed) or is damaged. */
    Optional<String> open(String sealed) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sealKey, "AES"),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] raw = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(raw, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** A short signature (10 hex digits) of {@code text}, for the bounce address tag. */
    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
        }
    }

    boolean verify(String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] derive(String secret, String purpose) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(purpose.getBytes(StandardCharsets.UTF_8));
            return digest.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
