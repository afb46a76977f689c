package jp.todoku.diagnosis.message;

import java.util.Base64;
import java.util.Locale;

/** Content-Transfer-Encoding decoders that never fail: broken input yields what could be read. */
public final class TransferEncoding {

    private TransferEncoding() {
    }

    public static byte[] decode(byte[] raw, String encoding) {
        String name = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "base64" -> base64(raw);
            case "quoted-printable" -> quotedPrintable(raw, false);
            default -> raw;
        };
    }

    /** Keeps only base64 letters, then decodes whole groups; trailing garbage is dropped. */
    public static byte[] base64(byte[] raw) {
        byte[] clean = new byte[raw.length];
        int length = 0;
        for (byte b : raw) {
            if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/') {
                clean[length++] = b;
            } else if (b == '=') {
                break;
            }
        }
        int usable = length - (length % 4 == 1 ? 1 : 0);
        try {
            return Base64.getDecoder().decode(padded(clean, usable));
        } catch (IllegalArgumentException broken) {
            return new byte[0];
        }
    }

    private static byte[] padded(byte[] clean, int length) {
        int padding = (4 - length % 4) % 4;
        byte[] result = new byte[length + padding];
        System.arraycopy(clean, 0, result, 0, length);
        for (int i = 0; i < padding; i++) {
            result[length + i] = '=';
        }
        return result;
    }

    /** RFC 2045 quoted-printable; with {@code underscoreIsSpace} the RFC 2047 "Q" variant. */
    public static byte[] quotedPrintable(byte[] raw, boolean underscoreIsSpace) {
        byte[] out = new byte[raw.length];
        int length = 0;
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '=') {
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                    continue;
                }
                if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
                    i += 2;
                    continue;
                }
                int high = i + 1 < raw.length ? hex(raw[i + 1]) : -1;
                int low = i + 2 < raw.length ? hex(raw[i + 2]) : -1;
                if (high >= 0 && low >= 0) {
                    out[length++] = (byte) (high * 16 + low);
                    i += 2;
                    continue;
                }
                out[length++] = b;
            } else if (b == '_' && underscoreIsSpace) {
                out[length++] = ' ';
            } else {
                out[length++] = b;
            }
        }
        return length == out.length ? out : java.util.Arrays.copyOf(out, length);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }
}
