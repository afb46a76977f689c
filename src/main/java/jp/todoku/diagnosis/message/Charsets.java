package jp.todoku.diagnosis.message;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns bytes into text with the labelled charset when it fits, and guesses when the label is
 * missing or wrong: Japanese bounces often say us-ascii or iso-8859-1 around ISO-2022-JP or Shift_JIS.
 */
public final class Charsets {

    public static final Charset ISO_2022_JP = find("ISO-2022-JP", StandardCharsets.US_ASCII);
    public static final Charset WINDOWS_31J = find("windows-31j", StandardCharsets.ISO_8859_1);
    public static final Charset EUC_JP = find("EUC-JP", StandardCharsets.ISO_8859_1);

    // Labels seen in Japanese mail that name a narrower charset than the bytes need.
    private static final Map<String, String> WIDER = Map.of(
            "shift_jis", "windows-31j", "shift-jis", "windows-31j", "sjis", "windows-31j",
            "x-sjis", "windows-31j", "cp932", "windows-31j", "iso-2022-jp", "ISO-2022-JP",
            "iso-8859-1", "windows-1252", "us-ascii", "windows-1252", "ascii", "windows-1252");

    private Charsets() {
    }

    private static Charset find(String name, Charset fallback) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException unsupported) {
            return fallback;
        }
    }

    /** Decodes the bytes with the label when it decodes cleanly, otherwise with the best guess. */
    public static String decode(byte[] bytes, int offset, int length, String label) {
        if (length == 0) {
            return "";
        }
        if (isAscii(bytes, offset, length)) {
            if (hasIso2022Escape(bytes, offset, length)) {
                return new String(bytes, offset, length, ISO_2022_JP);
            }
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (looksUtf8(bytes, offset, length)) {
            return new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
        Charset japanese = guessJapanese(bytes, offset, length);
        Charset labelled = forLabel(label);
        if (japanese != null && (labelled == null || isLatin(labelled))) {
            // Japanese bytes under a Latin (or no) label: the label is wrong.
            return new String(bytes, offset, length, japanese);
        }
        if (labelled != null && !labelled.equals(StandardCharsets.UTF_8)) {
            String strict = decodeStrictly(bytes, offset, length, labelled);
            if (strict != null) {
                return strict;
            }
        }
        return new String(bytes, offset, length, guessEightBit(bytes, offset, length));
    }

    public static String decode(byte[] bytes, String label) {
        return decode(bytes, 0, bytes.length, label);
    }

    static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String key = label.trim().toLowerCase(Locale.ROOT);
        String name = WIDER.getOrDefault(key, key);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (RuntimeException illegal) {
            return null;
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
            return chars.toString();
        } catch (CharacterCodingException wrongLabel) {
            return null;
        }
    }

    static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasIso2022Escape(byte[] bytes, int offset, int length) {
        int end = offset + length - 2;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == 0x1b && (bytes[i + 1] == '$' || bytes[i + 1] == '(')
                    && (bytes[i + 2] == 'B' || bytes[i + 2] == '@' || bytes[i + 2] == 'J')) {
                return true;
            }
        }
        return false;
    }

    /** True when every 8-bit sequence is well-formed UTF-8 (and there is at least one). */
    static boolean looksUtf8(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = bytes[i] & 0xff;
            int extra;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xc2 && b <= 0xdf) {
                extra = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                extra = 2;
            } else if (b >= 0xf0 && b <= 0xf4) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= end || (bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    private static boolean isLatin(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.startsWith("iso-8859") || name.startsWith("windows-125") || name.equals("us-ascii");
    }

    /** windows-31j or EUC-JP when nearly every 8-bit byte pairs up as that encoding; else null. */
    private static Charset guessJapanese(byte[] bytes, int offset, int length) {
        int eightBit = 0;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                eightBit++;
            }
        }
        Charset guess = guessEightBit(bytes, offset, length);
        if (eightBit < 4 || guess.equals(Charset.forName("windows-1252"))) {
            return null;
        }
        int pairs = japanesePairs(bytes, offset, length, guess == WINDOWS_31J);
        return pairs * 2 >= eightBit * 0.8 ? guess : null;
    }

    private static int japanesePairs(byte[] bytes, int offset, int length, boolean shiftJis) {
        int pairs = 0;
        int end = offset + length;
        for (int i = offset; i < end - 1; i++) {
            int b = bytes[i] & 0xff;
            int next = bytes[i + 1] & 0xff;
            if (b < 0x80) {
                continue;
            }
            boolean pair = shiftJis
                    ? ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) && ((next >= 0x40 && next <= 0x7e) || (next >= 0x80 && next <= 0xfc))
                    : b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe;
            if (pair) {
                pairs++;
                i++;
            }
        }
        return pairs;
    }

    /** Shift_JIS (windows-31j) or EUC-JP by counting which one explains the 8-bit bytes, else Latin. */
    private static Charset guessEightBit(byte[] bytes, int offset, int length) {
        int sjis = 0;
        int euc = 0;
        int end = offset + length;
        for (int i = offset; i < end - 1; i++) {
            int b = bytes[i] & 0xff;
            int next = bytes[i + 1] & 0xff;
            if (b < 0x80) {
                continue;
            }
            if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) {
                euc++;
            }
            if (((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc))
                    && ((next >= 0x40 && next <= 0x7e) || (next >= 0x80 && next <= 0xfc))) {
                sjis++;
            }
            i++;
        }
        if (sjis == 0 && euc == 0) {
            return Charset.forName("windows-1252");
        }
        return sjis > euc ? WINDOWS_31J : EUC_JP;
    }
}
