import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Writes N synthetic tickets as import-tickets JSON Lines to standard output: about 3 KB of bounce per
 * ticket (a Postfix DSN with the original message's Japanese text), spread over three years up to now.
 * Planted for the searches the benchmark times (ConsoleBenchmark checks the results):
 *   至急            in the comment of every 29th ticket (3.4 %)
 *   User unknown    in every 6th bounce (16.7 %)
 *   sender address  user{n}@example{n % 5000}.co.jp, one ticket each (the e-mail search takes n = N / 2)
 *   rare token      Queue-ID q{n}x{n * 7919 % 1000003}z, one ticket each (the rare search takes n = N / 3)
 *   nowhere         zzqqxxvvnone is in no ticket
 * Run: java bench/console/ConsoleData.java 1000000 > tickets.jsonl
 * A part of them: java bench/console/ConsoleData.java 1000000 980001 1000000 (tickets n = 980,001 to 1,000,000 of a
 * million, the same lines but for the words drawn at random), for a database filled up to the first of them another way.
 */
public class ConsoleData {

    static final String[] REASONS = {
        "550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table",
        "552 5.2.2 <%s>: Mailbox full: quota exceeded (容量超過)",
        "550 5.7.1 <%s>: Message rejected as spam by Content Filtering",
        "554 5.7.1 Service unavailable; Client host [192.0.2.%d] blocked using zen.spamhaus.org",
        "550 5.4.4 <%s>: Host or domain name not found. Name service error",
        "421 4.4.7 <%s>: Message delivery time exceeded, will not retry"};
    static final String[] STATUS = {"5.1.1", "5.2.2", "5.7.1", "5.7.1", "5.4.4", "4.4.7"};
    static final String[] DOMAINS = {"docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "outlook.jp", "i.softbank.jp"};
    static final String[] WORDS = {"解約", "容量", "迷惑メール", "転送", "設定", "受信拒否", "ドメイン指定", "添付ファイル",
        "請求書", "見積もり", "会議", "予約", "パスワード", "携帯", "お問い合わせ"};
    static final String[] STATES = {"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
        "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "RESOLVED", "RESOLVED", "NEW",
        "IN_PROGRESS", "WAITING_FOR_CUSTOMER"};

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int last = args.length > 2 ? Integer.parseInt(args[2]) : count;
        Instant end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        long spanSeconds = Duration.ofDays(3 * 365).toSeconds();
        Random random = new Random(15);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20)) {
            StringBuilder line = new StringBuilder(4096);
            for (int n = first; n <= last; n++) {
                line.setLength(0);
                int kind = n % 6;
                String sender = "user" + n + "@example" + (n % 5000) + ".co.jp";
                String recipient = "rcpt" + (n * 7L % 999_983) + "@" + DOMAINS[n % DOMAINS.length];
                Instant created = end.minusSeconds(spanSeconds - spanSeconds * n / count);
                String comment = n % 29 == 0 ? "至急対応をお願いします。取引先に届きません。"
                        : n % 7 == 0 ? "昨日から送れません。" + WORDS[random.nextInt(WORDS.length)] + "の問題でしょうか。" : null;
                line.append("{\"reference\":\"OLD-").append(n).append("\",\"createdAt\":\"").append(created)
                        .append("\",\"status\":\"").append(STATES[n % STATES.length]).append('"')
                        .append(",\"domain\":\"example").append(n % 5000).append(".co.jp\",\"direction\":\"SEND\"")
                        .append(",\"symptom\":\"ERROR_MAIL\",\"scope\":\"ALL\",\"sender\":\"").append(sender)
                        .append("\",\"recipient\":\"").append(recipient).append("\",\"contact\":\"").append(sender).append('"');
                if (comment != null) {
                    line.append(",\"comment\":\"").append(comment).append('"');
                }
                line.append(",\"errorText\":\"");
                bounce(line, n, kind, recipient, random);
                line.append("\"}\n");
                out.append(line);
            }
        }
    }

    static void bounce(StringBuilder text, int n, int kind, String recipient, Random random) {
        String reason = String.format(REASONS[kind], kind == 3 ? (Object) (n % 250) : recipient);
        text.append("This is the mail system at host mx").append(n % 40).append(".mail.example.jp.\\n\\n")
                .append("I'm sorry to have to inform you that your message could not\\nbe delivered to one or more recipients. ")
                .append("It's attached below.\\n\\nFor further assistance, please send mail to postmaster.\\n\\n")
                .append("If you do so, please include this problem report. You can\\ndelete your own text from the attached returned message.\\n\\n")
                .append("                   The mail system\\n\\n<").append(recipient).append(">: host mx.")
                .append(recipient.substring(recipient.indexOf('@') + 1)).append(" said: ").append(reason).append("\\n\\n")
                .append("--").append(Integer.toHexString(n)).append(".1700000000/mx.mail.example.jp\\n")
                .append("Content-Description: Delivery report\\nContent-Type: message/delivery-status\\n\\n")
                .append("Reporting-MTA: dns; mx").append(n % 40).append(".mail.example.jp\\n")
                .append("X-Postfix-Queue-ID: q").append(n).append('x').append(n * 7919L % 1_000_003).append("z\\n")
                .append("Arrival-Date: Mon, 20 Nov 2026 09:30:").append(String.format("%02d", n % 60)).append(" +0900 (JST)\\n\\n")
                .append("Final-Recipient: rfc822; ").append(recipient).append("\\nOriginal-Recipient: rfc822;").append(recipient)
                .append("\\nAction: failed\\nStatus: ").append(STATUS[kind]).append("\\nRemote-MTA: dns; mx.")
                .append(recipient.substring(recipient.indexOf('@') + 1)).append("\\nDiagnostic-Code: smtp; ").append(reason)
                .append("\\n\\n--").append(Integer.toHexString(n)).append(".1700000000/mx.mail.example.jp\\n")
                .append("Content-Description: Undelivered Message\\nContent-Type: message/rfc822\\n\\n")
                .append("Message-ID: <").append(Long.toHexString(n * 2654435761L)).append("@mail.example.jp>\\n")
                .append("Subject: =?UTF-8?B?5Lya6K2w44Gu44GU5qGI5YaF?=\\nFrom: user").append(n).append("@example")
                .append(n % 5000).append(".co.jp\\nTo: ").append(recipient).append("\\n\\n");
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            text.append("いつもお世話になっております。").append(WORDS[random.nextInt(WORDS.length)])
                    .append("の件でご連絡いたしました。先日お送りした").append(WORDS[random.nextInt(WORDS.length)])
                    .append("について、ご確認のほどよろしくお願いいたします。ご不明な点がございましたら、お気軽にお問い合わせください。\\n")
                    .append("Thank you for your message regarding the ").append(paragraph + 1)
                    .append(" items. Please find the details below and let us know if anything is unclear.\\n");
        }
    }
}
