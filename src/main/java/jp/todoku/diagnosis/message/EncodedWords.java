package jp.todoku.diagnosis.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words in header values. Adjacent words in one charset are joined before decoding
 * because ISO-2022-JP and UTF-8 sequences are often split across words.
 */
public final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([bBqQ])\\?([^?\\s]{0,2000})\\?=");

    private EncodedWords() {
    }

    public static String decode(String value) {
        if (value == null || value.indexOf("=?") < 0) {
            return value;
        }
        Matcher matcher = WORD.matcher(value);
        StringBuilder result = new StringBuilder(value.length());
        int last = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (matcher.find()) {
            String between = value.substring(last, matcher.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            String charset = matcher.group(1);
            int star = charset.indexOf('*');
            if (star > 0) {
                charset = charset.substring(0, star);
            }
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(result, pending, pendingCharset);
                if (!adjacent) {
                    result.append(between);
                }
            }
            byte[] text = matcher.group(3).getBytes(StandardCharsets.ISO_8859_1);
            byte[] bytes = matcher.group(2).equalsIgnoreCase("B")
                    ? TransferEncoding.base64(text) : TransferEncoding.quotedPrintable(text, true);
            pending.write(bytes, 0, bytes.length);
            pendingCharset = charset;
            last = matcher.end();
        }
        flush(result, pending, pendingCharset);
        result.append(value, last, value.length());
        return result.toString();
    }

    private static void flush(StringBuilder result, ByteArrayOutputStream pending, String charset) {
        if (pending.size() > 0) {
            result.append(Charsets.decode(pending.toByteArray(), charset));
            pending.reset();
        }
    }
}
