package jp.todoku.diagnosis.mta;

import java.util.List;
import java.util.Locale;

/**
 * The last resort for bounces in no known format: only when the message plainly is a bounce (from
 * the mail system, with a failure subject) it takes the recipient lines of the readable text, or
 * else the original message's recipient with the lines that carry an error code.
 */
final class HeuristicReader extends FamilyReader {

    // Words of bounce subjects in English and Japanese, as mail servers write them.
    private static final String[] SUBJECT_WORDS = {
        "undeliver", "undelivered", "delivery", "failure", "failed", "returned", "bounce", "not delivered",
        "could not be delivered", "rejected", "error", "warning", "delayed", "nondeliverable", "non remis",
        "unzustellbar", "no entregado", "不達", "エラー", "配信", "届きません", "送信できません", "返送",
    };

    @Override
    public String name() {
        return "heuristic";
    }

    @Override
    public boolean recognises(Context context) {
        String from = context.lowerFrom();
        boolean systemSender = from.contains("mailer-daemon") || from.contains("postmaster") || from.contains("post_master")
                || from.contains("mail delivery") || from.contains("mail administrator") || from.contains("mailer_daemon")
                || from.contains("mail.delivery") || from.contains("no-reply") || from.contains("noreply");
        boolean returnPathEmpty = context.headers().get("return-path").replace(" ", "").equals("<>");
        boolean bounceSubject = false;
        for (String word : SUBJECT_WORDS) {
            if (context.lowerSubject().contains(word)) {
                bounceSubject = true;
                break;
            }
        }
        return systemSender || returnPathEmpty || bounceSubject || context.message().contentType().equals("multipart/report")
                || context.headers().has("x-failed-recipients");
    }

    @Override
    protected List<Draft> drafts(Context context) {
        List<Draft> drafts = super.drafts(context);
        if (!drafts.isEmpty()) {
            return drafts;
        }
        String lines = errorLines(context.errorText());
        if (lines.isEmpty() && context.original().isEmpty()) {
            return List.of();
        }
        String recipient = null;
        String bounceFrom = Scan.address(context.headers().get("from"));
        String bounceTo = Scan.address(context.headers().get("to"));
        for (String address : Scan.addresses(context.errorText(), 20)) {
            String lower = address.toLowerCase(Locale.ROOT);
            if (!lower.equals(bounceFrom) && !lower.equals(bounceTo) && !lower.startsWith("mailer-daemon@")) {
                recipient = address;
                break;
            }
        }
        if (recipient == null) {
            recipient = Scan.address(context.original().get("to"));
        }
        if (recipient == null) {
            return List.of();
        }
        Draft draft = new Draft(recipient);
        draft.text(lines);
        return List.of(draft);
    }

    /** The lines that carry an SMTP reply or status code; the first paragraph when none does. */
    static String errorLines(String text) {
        StringBuilder lines = new StringBuilder();
        int count = 0;
        // Only the first 2,000 lines: the codes are near the top, and the scan must stay bounded.
        for (String line : text.split("\n", 2_000)) {
            if (count >= 6) {
                break;
            }
            if (Scan.replyCode(line) != null || Scan.status(line) != null) {
                lines.append(line.trim()).append(' ');
                count++;
            }
        }
        if (lines.length() > 0) {
            return lines.toString();
        }
        String trimmed = text.strip();
        int end = trimmed.indexOf("\n\n");
        String paragraph = end < 0 ? trimmed : trimmed.substring(0, end);
        return paragraph.length() > 1_000 ? paragraph.substring(0, 1_000) : paragraph;
    }
}
