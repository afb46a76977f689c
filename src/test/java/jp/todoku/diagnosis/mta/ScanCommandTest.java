package jp.todoku.diagnosis.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.diagnosis.SmtpCommand;
import org.junit.jupiter.api.Test;

/**
 * {@link Scan#command} tries its patterns only where a match can start (issue 15: a fifth of an import's
 * diagnosis went to trying them at every character). It must answer exactly what {@link Matcher#find()}
 * over the whole text answered: compared here with that plain form on texts made of the words around
 * each alternative, in every case, with non-ASCII letters whose case (?i) does not fold.
 */
class ScanCommandTest {

    // The patterns as Scan has them, read the old way.
    private static final Pattern COMMAND = Pattern.compile(
            "(?i)(?:in reply to|after|>>>|most progress was|sending|in response to|during|for) "
                    + "(?:the )?(rcpt to|mail from|data|end of data|ehlo|helo|starttls|auth|bdat|rcpt|mail|connect|quit)\\b");
    private static final Pattern COMMAND_RESPONSE = Pattern.compile(
            "(?i)\\b(RCPT TO|MAIL FROM|DATA|EHLO|HELO)(?: command)?:? (?:response|command)");

    private static final String[] WORDS = {"in reply to", "In Reply To", "after", "AFTER", ">>>", "most progress was",
        "sending", "in response to", "during", "for", "For", "the", "THE", "rcpt to", "RCPT TO", "mail from", "MAIL FROM",
        "data", "DATA", "end of data", "ehlo", "helo", "starttls", "auth", "bdat", "rcpt", "mail", "connect", "quit",
        "command", "response", ":", "x", "xdata", "datax", "550", "5.1.1", "<a@example.jp>", "İ", "\u212A", "ı", "ｄａｔａ", "送信",
        "\n", " ", "  ", "\t", "-", "_", "."};

    @Test
    void answersWhatFindOverTheWholeTextAnswered() {
        Random random = new Random(15);
        int named = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(12);
            for (int index = 0; index < words; index++) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            SmtpCommand expected = plain(text.toString());
            assertThat(Scan.command(text.toString())).as(text.toString()).isEqualTo(expected);
            named += expected == null ? 0 : 1;
        }
        assertThat(named).as("texts that name a command").isGreaterThan(1_500);
    }

    @Test
    void aLongPasteWithTheCommandFarInIsReadAsBefore() {
        String paste = "For further assistance, please send mail to postmaster.\n".repeat(80)
                + "Remote server replied in reply to end of DATA command: 550 5.7.1 rejected";
        assertThat(Scan.command(paste)).isEqualTo(plain(paste)).isNull(); // beyond the 4,000 characters read
        String shorter = "For further assistance, please send mail to postmaster.\n".repeat(20)
                + "Remote server replied in reply to end of DATA command: 550 5.7.1 rejected";
        assertThat(Scan.command(shorter)).isEqualTo(plain(shorter)).isEqualTo(SmtpCommand.DATA);
        assertThat(Scan.command("RCPT TO command: response 550")).isEqualTo(SmtpCommand.RCPT);
        assertThat(Scan.lowerAscii("AbC İ\u212A ｄ")).isEqualTo("abc İ\u212A ｄ"); // Kelvin sign: (?i) does not fold it
    }

    /** Scan.command as it was: each pattern's find() over the whole (cut) text. */
    private static SmtpCommand plain(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String cut = Scan.cut(text);
        Matcher matcher = COMMAND.matcher(cut);
        if (!matcher.find()) {
            matcher = COMMAND_RESPONSE.matcher(cut);
            if (!matcher.find()) {
                return null;
            }
        }
        String word = matcher.group(1).toUpperCase(Locale.ROOT);
        if (word.startsWith("END OF DATA")) {
            return SmtpCommand.DATA;
        }
        return SmtpCommand.find(word).orElse(null);
    }
}
