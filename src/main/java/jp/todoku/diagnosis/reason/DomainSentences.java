package jp.todoku.diagnosis.reason;

/**
 * A server sentence that names a domain itself as missing ("553 example.com does not exist",
 * "domain sub.example.jp doesn't exist"): a domain, not a mailbox, is unknown. The generic phrase
 * "does not exist" reads as an unknown user, so this check looks at what stands right before it: a
 * bare domain name, with no local part ("user@example.com does not exist" stays about the mailbox).
 */
final class DomainSentences {

    private static final String[] MISSING = {" does not exist", " doesn't exist"};
    private static final int LONGEST_NAME = 253;

    private DomainSentences() {
    }

    /** @param text the error text, lower-cased */
    static boolean saysDomainMissing(String text) {
        for (String missing : MISSING) {
            for (int at = text.indexOf(missing); at >= 0; at = text.indexOf(missing, at + 1)) {
                if (isDomainName(text, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word ending at {@code end} is a domain name: labels of letters, digits and '-', a dot, a letter TLD. */
    private static boolean isDomainName(String text, int end) {
        int start = end;
        while (start > 0 && end - start < LONGEST_NAME && isNameCharacter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && !isBoundary(text.charAt(start - 1))) {
            return false;
        }
        String name = text.substring(start, end);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || name.startsWith("-") || name.contains("..")) {
            return false;
        }
        for (int i = dot + 1; i < name.length(); i++) {
            if (name.charAt(i) < 'a' || name.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
    }

    /** What may stand before a bare domain: a space, a quote or a bracket; never '@' (an address). */
    private static boolean isBoundary(char c) {
        return c == ' ' || c == '"' || c == '\'' || c == '<' || c == '(' || c == '[' || c == ':';
    }
}
