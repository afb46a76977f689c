package jp.todoku.dnscheck;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A DKIM public key record (RFC 6376 section 3.6.1): key type, and the key's size where it can be measured.
 * An empty p= means the key was revoked; a p= that does not decode is as good as none.
 */
record DkimKey(String type, boolean revoked, int bits) {

    static boolean looksLikeKey(String txt) {
        return TagList.parse(txt).map(tags -> tags.containsKey("p")
                && tags.getOrDefault("v", "DKIM1").equals("DKIM1")).orElse(false);
    }

    /** The key, or empty when the record has no p= or a p= that is not a key of its type. */
    static Optional<DkimKey> find(String txt) {
        Optional<Map<String, String>> tags = TagList.parse(txt).filter(found -> found.containsKey("p"));
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        String type = tags.get().getOrDefault("k", "rsa").toLowerCase(Locale.ROOT);
        String data = tags.get().get("p").replaceAll("\\s+", "");
        if (data.isEmpty()) {
            return Optional.of(new DkimKey(type, true, 0));
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return switch (type) {
            case "rsa" -> rsaBits(key).map(bits -> new DkimKey(type, false, bits));
            case "ed25519" -> key.length == 32 ? Optional.of(new DkimKey(type, false, 256)) : Optional.empty();
            default -> Optional.of(new DkimKey(type, false, 0)); // a type we cannot measure; not ours to refuse
        };
    }

    private static Optional<Integer> rsaBits(byte[] key) {
        try {
            RSAPublicKey rsa = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key));
            return Optional.of(rsa.getModulus().bitLength());
        } catch (java.security.GeneralSecurityException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }
}
