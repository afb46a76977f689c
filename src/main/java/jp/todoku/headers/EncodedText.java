package jp.todoku.headers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 2047 encoded words ("=?ISO-2022-JP?B?...?=") decoded by one left-to-right scan. Adjacent words in
 * one charset are joined before decoding, since Japanese mailers split ISO-2022-JP and UTF-8 sequences
 * across words. An unknown charset or broken word is left as written.
 */
final class EncodedText {

    private EncodedText() {
    }

    static String decode(String value) {
        if (value == null || value.indexOf("=?") < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int i = 0;
        int afterLastWord = -1;
        while (i < value.length()) {
            Word word = value.startsWith("=?", i) ? Word.at(value, i) : null;
            if (word == null) {
                if (pendingCharset != null && !isSpace(value.charAt(i))) {
                    flush(out, pending, pendingCharset);
                    pendingCharset = null;
                    out.append(value, afterLastWord, i);
                }
                if (pendingCharset == null) {
                    out.append(value.charAt(i));
                }
                i++;
                continue;
            }
            if (pendingCharset != null && !pendingCharset.equalsIgnoreCase(word.charset)) {
                flush(out, pending, pendingCharset);
            }
            pending.writeBytes(word.bytes);
            pendingCharset = word.charset;
            i = word.end;
            afterLastWord = i;
        }
        if (pendingCharset != null) {
            flush(out, pending, pendingCharset);
            out.append(value, afterLastWord, value.length());
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        out.append(new String(pending.toByteArray(), charset(charset)));
        pending.reset();
    }

    private static Charset charset(String name) {
        try {
            String plain = name.indexOf('*') > 0 ? name.substring(0, name.indexOf('*')) : name;
            return Charset.forName(plain.equalsIgnoreCase("shift_jis") ? "windows-31j" : plain);
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** One encoded word starting at a given place, or null when what follows "=?" is not one. */
    private record Word(String charset, byte[] bytes, int end) {

        static Word at(String value, int start) {
            int charsetEnd = indexOf(value, "?", start + 2, 42);
            if (charsetEnd < 0 || charsetEnd - start > 42 || charsetEnd + 3 > value.length()
                    || value.charAt(charsetEnd + 2) != '?') {
                return null;
            }
            char encoding = Character.toUpperCase(value.charAt(charsetEnd + 1));
            int textEnd = indexOf(value, "?=", charsetEnd + 3, 2000);
            if (textEnd < 0 || (encoding != 'B' && encoding != 'Q')) {
                return null;
            }
            String text = value.substring(charsetEnd + 3, textEnd);
            if (text.indexOf(' ') >= 0) {
                return null;
            }
            byte[] bytes;
            try {
                bytes = encoding == 'B' ? Base64.getMimeDecoder().decode(text) : quoted(text);
            } catch (IllegalArgumentException broken) {
                return null;
            }
            return new Word(value.substring(start + 2, charsetEnd), bytes, textEnd + 2);
        }

        /** indexOf that looks no further than {@code within} characters, so a hostile value stays linear. */
        private static int indexOf(String value, String wanted, int from, int within) {
            int stop = Math.min(value.length() - wanted.length(), from + within);
            for (int i = from; i <= stop; i++) {
                if (value.startsWith(wanted, i)) {
                    return i;
                }
            }
            return -1;
        }

        private static byte[] quoted(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '_') {
                    out.write(' ');
                } else if (c == '=' && i + 2 < text.length() + 0 && Character.digit(text.charAt(i + 1), 16) >= 0
                        && Character.digit(text.charAt(i + 2), 16) >= 0) {
                    out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            return out.toByteArray();
        }
    }
}
