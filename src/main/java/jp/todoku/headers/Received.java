package jp.todoku.headers;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * One Received field read into its clauses (RFC 5321 section 4.4): from, by, via, with, id, for and the
 * date after the last semicolon. Read with one scan that knows comments and brackets, so a hostile
 * field costs no more than its length; a clause that is missing stays null.
 *
 * @param position    the field's place in the header block (0 at the top)
 * @param from        the name the sending side gave (HELO/EHLO), or null
 * @param fromName    the sending side's name as the receiving side looked it up, or null
 * @param fromAddress the sending side's IP address (IPv4 or IPv6), or null
 * @param by          the receiving server, or null
 * @param with        the protocol (SMTP, ESMTPS, LMTP, HTTP ...), or null
 * @param id          the receiving server's queue id, or null
 * @param forAddress  the recipient the server wrote down, or null
 * @param date        when the receiving server took the message, or null when missing or unreadable
 * @param dateText    the date as written, or null
 */
record Received(int position, String from, String fromName, String fromAddress, String by, String with, String id,
                String forAddress, OffsetDateTime date, String dateText) {

    private static final int MAX_CLAUSE = 300;

    static Received parse(HeaderField field) {
        String value = field.value();
        int semicolon = lastTopLevelSemicolon(value);
        String clauses = semicolon < 0 ? value : value.substring(0, semicolon);
        String dateText = semicolon < 0 ? null : value.substring(semicolon + 1).strip();
        OffsetDateTime date = MailDate.find(dateText).orElse(null);
        Clauses read = new Clauses();
        read.scan(clauses);
        return new Received(field.position(), read.word("from"), read.fromName(), read.fromAddress(), read.word("by"),
                read.text("with"), read.word("id"), stripAngles(read.word("for")), date,
                dateText == null || dateText.isEmpty() ? null : cut(dateText));
    }

    Optional<OffsetDateTime> findDate() {
        return Optional.ofNullable(date);
    }

    private static int lastTopLevelSemicolon(String value) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    private static String stripAngles(String address) {
        if (address == null) {
            return null;
        }
        String stripped = address.startsWith("<") ? address.substring(1) : address;
        return stripped.endsWith(">") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    static String cut(String text) {
        return text.length() > MAX_CLAUSE ? text.substring(0, MAX_CLAUSE) : text;
    }

    /** The clauses of one field: each keyword's words and comments, split at the next keyword outside comments. */
    private static final class Clauses {
        private static final String KEYWORDS = " from by via with id for ";
        private final StringBuilder[] words = new StringBuilder[6];
        private final StringBuilder fromComments = new StringBuilder();
        private int current = -1;

        void scan(String text) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == ' ') {
                    i++;
                } else if (c == '(') {
                    int end = commentEnd(text, i);
                    if (current == 0 && fromComments.length() < MAX_CLAUSE) {
                        fromComments.append(text, i + 1, Math.max(i + 1, end - 1)).append(' ');
                    }
                    // Other comments (Exchange's "(version=TLS1_2, ...)", Gmail's "(Google Transport Security)") are noise here.
                    i = end;
                } else {
                    int end = wordEnd(text, i);
                    String word = text.substring(i, end);
                    int keyword = keyword(word);
                    if (keyword >= 0 && (words[keyword] == null)) {
                        current = keyword;
                        words[keyword] = new StringBuilder();
                    } else if (current >= 0 && words[current].length() < MAX_CLAUSE) {
                        if (words[current].length() > 0) {
                            words[current].append(' ');
                        }
                        words[current].append(word);
                    }
                    i = end;
                }
            }
        }

        String word(String keyword) {
            String text = text(keyword);
            if (text == null) {
                return null;
            }
            int space = text.indexOf(' ');
            return space < 0 ? text : text.substring(0, space);
        }

        String text(String keyword) {
            StringBuilder found = words[keyword(keyword)];
            return found == null || found.length() == 0 ? null : cut(found.toString());
        }

        /** "(mail.example.jp [192.0.2.1])", "(unknown [IPv6:2001:db8::1])" or Exchange's "(2603:1096:400:1a::5)". */
        String fromAddress() {
            String bracketed = bracketed(fromComments.toString());
            if (bracketed == null) {
                bracketed = bracketed(text("from") == null ? "" : text("from"));
            }
            if (bracketed != null) {
                return IpText.find(bracketed).orElse(null);
            }
            for (String token : fromComments.toString().split(" ")) {
                Optional<String> address = IpText.find(token);
                if (address.isPresent()) {
                    return address.get();
                }
            }
            return null;
        }

        String fromName() {
            String comments = fromComments.toString().strip();
            if (comments.isEmpty()) {
                return null;
            }
            String first = comments.split(" ", 2)[0];
            if (first.startsWith("[") || first.equalsIgnoreCase("unknown") || first.contains("=")
                    || IpText.find(first).isPresent() || first.indexOf('.') < 0) {
                return null;
            }
            return cut(first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
        }

        private static String bracketed(String text) {
            int open = text.indexOf('[');
            int close = open < 0 ? -1 : text.indexOf(']', open);
            return close < 0 ? null : text.substring(open + 1, close);
        }

        private static int keyword(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            int at = KEYWORDS.indexOf(' ' + lower + ' ');
            return switch (at) {
                case 0 -> 0;
                case 5 -> 1;
                case 8 -> 2;
                case 12 -> 3;
                case 17 -> 4;
                case 20 -> 5;
                default -> -1;
            };
        }

        private static int commentEnd(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }

        private static int wordEnd(String text, int start) {
            int i = start;
            while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '(') {
                i++;
            }
            return i;
        }
    }
}
