package jp.todoku.diagnosis.mta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a pasted fragment: a few error lines with no headers, perhaps quoted with {@code >}, with
 * full-width digits and Japanese around them (already folded and unquoted by the caller). One
 * finding per address that heads error lines, else one finding for the error lines alone.
 */
public final class FragmentReader {

    static final int MAX_FRAGMENT_CHARS = 64 * 1024;
    // A code-less paste is read whole up to this size: a notice and its few lines, not a whole mailbox.
    private static final int CODELESS_CHARS = 4 * 1024;

    // Words that make a code-less paste read as an error report (English and Japanese server texts).
    private static final String[] ERROR_WORDS = {
        "error", "fail", "reject", "denied", "unknown", "not found", "invalid", "blocked", "quota", "full",
        "undeliverable", "does not exist", "no such", "refused", "timed out", "timeout", "expired", "spam",
        "unrouteable", "non-existent", "prohibit", "not permitted",
        "エラー", "失敗", "拒否", "存在しません", "届きません", "送信できません", "宛先不明", "容量",
        // A Japanese notice's own sentence, pasted without the server's reply.
        "できませんでした", "届きませんでした", "見つかりません", "見つからない", "存在しない", "いっぱい", "一杯",
        "大きすぎ", "超過", "遅れて", "停止", "タイムアウト", "接続できません",
    };

    private final java.util.function.Predicate<String> namesACause;

    /** A reader that takes a code-less paste for an error report only by its error words. */
    public FragmentReader() {
        this(text -> false);
    }

    /**
     * @param namesACause whether a text holds a wording the reason tables know ("Loop detected",
     *                    "No MX found"): such a paste is an error report even without an error word
     */
    public FragmentReader(java.util.function.Predicate<String> namesACause) {
        this.namesACause = namesACause;
    }

    public String name() {
        return "fragment";
    }

    public List<Finding> read(String text) {
        String cut = text.length() > MAX_FRAGMENT_CHARS ? text.substring(0, MAX_FRAGMENT_CHARS) : text;
        List<Draft> drafts = TextReports.read(cut, null);
        String lines = HeuristicReader.errorLines(cut);
        if (drafts.isEmpty() && isAutoReply(cut)) {
            // An out-of-office reply pasted by a customer who asks whether the mail failed: not a bounce.
            return List.of(new Finding(null, null, null, null, Scan.oneLine(lines.isBlank() ? cut : lines), null, null,
                    null, null, null, null, jp.todoku.diagnosis.Reason.VACATION, null, name()));
        }
        if (drafts.isEmpty()) {
            if (!looksLikeError(cut)) {
                return List.of();
            }
            Draft draft = new Draft(null);
            draft.text(lines);
            draft.recipient = firstRecipient(lines);
            drafts = List.of(draft);
        }
        List<String> displayed = displayedHeaderAddresses(cut);
        if (drafts.stream().anyMatch(draft -> draft.recipient == null || !displayed.contains(draft.recipient.toLowerCase(Locale.ROOT)))) {
            // A bounce copied from a mail client's window starts with its own From/To lines (the
            // mail system and the customer): those addresses are not the failed recipients.
            drafts = new ArrayList<>(drafts);
            drafts.removeIf(draft -> draft.recipient != null && displayed.contains(draft.recipient.toLowerCase(Locale.ROOT)));
        }
        // The server's own reply, wherever the notice put it, says more than the notice's sentence.
        java.util.Optional<String> reply = ServerReplies.best(cut);
        List<Finding> findings = new ArrayList<>();
        for (Draft draft : drafts) {
            if (reply.isPresent() && saysLess(draft.diagnosticText, reply.get())) {
                draft.text(reply.get());
            } else if (draft.diagnosticText.isEmpty()) {
                draft.text(lines);
            } else if (reply.isEmpty() && Scan.status(cut) == null && cut.length() <= CODELESS_CHARS) {
                // No code anywhere: a notice's own sentence first, then lines further down ("DNS Error:
                // … NXDOMAIN", "Unrouteable address") that name the cause; the classifier reads it all.
                draft.text(cut);
            }
            if (draft.command == null) {
                draft.command = stepOf(cut);
            }
            findings.add(draft.complete(name(), null));
        }
        return findings;
    }

    /**
     * The SMTP step a paste speaks of: the one it names ("in reply to end of DATA command"), MAIL FROM
     * for a refused sender, else RCPT TO. A refusal pasted alone is what servers say to RCPT TO:
     * that is where they refuse recipients, and where a paste's "User unknown" means the address
     * does not exist rather than a filter after DATA, as the same words mean in a full report.
     */
    private static jp.todoku.diagnosis.SmtpCommand stepOf(String text) {
        jp.todoku.diagnosis.SmtpCommand named = Scan.command(text);
        if (named != null) {
            return named;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("sender address rejected") || lower.contains("mail from")
                || lower.contains(" does not exist") && SENDER_DOMAIN_MISSING.matcher(lower).find()) {
            return jp.todoku.diagnosis.SmtpCommand.MAIL;
        }
        return jp.todoku.diagnosis.SmtpCommand.RCPT;
    }

    // "553 example.jp does not exist": a bare domain (no address) refused with 553 is the envelope sender's
    // domain, which has no DNS records (SoftBank's documented reply; a recipient's is "Host unknown" or 5.1.2).
    private static final java.util.regex.Pattern SENDER_DOMAIN_MISSING = java.util.regex.Pattern.compile(
            "(?m)(?:^|\\s)553[ -](?:5\\.1\\.[078] )?[a-z0-9-]+(?:\\.[a-z0-9-]+)+ does not exist");

    // Lines that open or make an automatic reply (RFC 3834) as customers paste it: the subject a mail
    // program gives it, or the out-of-office sentence itself, in Japanese and English.
    private static final String[] AUTO_REPLY_SUBJECTS = {
        "件名: 自動応答", "件名: 自動返信", "件名:自動応答", "件名:自動返信", "件名: 不在", "subject: automatic reply",
        "subject: auto reply", "subject: auto-reply", "subject: autoreply", "subject: out of office",
        "自動応答:", "自動返信:", "automatic reply:", "out of office:", "out of office reply",
    };
    private static final String[] AUTO_REPLY_SENTENCES = {
        "休暇をいただいております", "休暇をいただいています", "不在にしております", "不在にしています", "不在のため",
        "出張のため", "は不在です", "自動応答メッセージ", "自動返信メッセージ", "自動送信しています",
        "i am out of the office", "i'm out of the office", "i am currently out of the office", "i will be out of the office",
        "out of the office until", "i am on vacation", "i'm on vacation", "i am away from the office", "with limited access to email",
    };

    /**
     * An automatic reply, not a failure: no SMTP code, status or client error anywhere, and the paste
     * says it is an auto-reply (its subject) or an out-of-office sentence.
     */
    static boolean isAutoReply(String text) {
        if (text.length() > CODELESS_CHARS || Scan.status(text) != null || Scan.replyCode(text) != null
                || CLIENT_ERROR.matcher(text).find()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String line : lower.split("\n")) {
            String trimmed = line.strip();
            for (String subject : AUTO_REPLY_SUBJECTS) {
                if (trimmed.startsWith(subject)) {
                    return true;
                }
            }
        }
        for (String sentence : AUTO_REPLY_SENTENCES) {
            if (lower.contains(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** A diagnostic without the reply's codes (the notice's own sentence) says less than the reply. */
    private static boolean saysLess(String diagnostic, String reply) {
        if (diagnostic.isEmpty()) {
            return true;
        }
        ReplyCodeAndStatus theirs = ReplyCodeAndStatus.of(reply);
        ReplyCodeAndStatus ours = ReplyCodeAndStatus.of(diagnostic);
        return ours.status == null && theirs.status != null || ours.reply == null && ours.status == null;
    }

    private record ReplyCodeAndStatus(jp.todoku.diagnosis.DeliveryStatus status, jp.todoku.diagnosis.ReplyCode reply) {
        static ReplyCodeAndStatus of(String text) {
            return new ReplyCodeAndStatus(Scan.status(text), Scan.replyCode(text));
        }
    }

    // Outlook and Windows Mail client errors are pasted as their hexadecimal code, e.g. 0x800CCC0F.
    private static final java.util.regex.Pattern CLIENT_ERROR = java.util.regex.Pattern.compile("(?i)\\b0x8[0-9a-f]{7}\\b");

    // Header lines a mail client shows above a message, in English and Japanese.
    private static final String[] DISPLAYED_HEADERS = {"from:", "to:", "cc:", "sent:", "date:", "subject:", "reply-to:",
        "差出人:", "宛先:", "送信者:", "cc:", "件名:", "送信日時:"};

    /** Addresses on the client's header lines among the first lines of the paste, lower case. */
    private static List<String> displayedHeaderAddresses(String text) {
        List<String> addresses = new ArrayList<>();
        String[] lines = text.split("\n", 40);
        for (int i = 0; i < Math.min(lines.length, 30); i++) {
            String line = lines[i].trim().toLowerCase(Locale.ROOT);
            for (String header : DISPLAYED_HEADERS) {
                if (line.startsWith(header)) {
                    addresses.addAll(Scan.addresses(line, 10));
                    break;
                }
            }
        }
        return addresses;
    }

    private boolean looksLikeError(String text) {
        if (Scan.status(text) != null || Scan.replyCode(text) != null || CLIENT_ERROR.matcher(text).find()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : ERROR_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return text.length() <= CODELESS_CHARS && namesACause.test(text);
    }

    /**
     * The first address of the error lines that is not named as the sender: "The message from
     * (<news@shop.example>) ... matches a profile ... spam" refuses a message of that sender, and its
     * recipient is not in the line at all.
     */
    static String firstRecipient(String lines) {
        int from = 0;
        for (String address : Scan.addresses(lines, 5)) {
            int at = lines.indexOf(address, from);
            if (at < 0) {
                return address;
            }
            from = at + address.length();
            String before = lines.substring(Math.max(0, at - 16), at).toLowerCase(Locale.ROOT);
            int end = before.length();
            while (end > 0 && " \t(<\"':=".indexOf(before.charAt(end - 1)) >= 0) {
                end--;
            }
            String word = before.substring(0, end);
            if (!(word.endsWith("from") || word.endsWith("sender") || word.endsWith("差出人") || word.endsWith("送信者"))) {
                return address;
            }
        }
        return null;
    }
}
