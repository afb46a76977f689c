package jp.todoku.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Small helpers for the mail tests: deliver raw text into the support mailbox, find what was sent. */
final class Mails {

    private static final Session SESSION = Session.getInstance(new Properties());

    private Mails() {
    }

    /** Puts a raw RFC 5322 message into the support mailbox, as the mail server would. */
    static void deliverToSupport(GreenMail servers, String raw) throws Exception {
        MimeMessage message = new MimeMessage(SESSION,
                new ByteArrayInputStream(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        servers.getUserManager().getUser(MailServers.SUPPORT_LOGIN).deliver(message);
    }

    /** What Todoku sent (From the support address) to {@code address}; not what the test itself delivered. */
    static List<MimeMessage> to(GreenMail servers, String address) {
        return Arrays.stream(servers.getReceivedMessages()).filter(mail -> {
            try {
                if (mail.getFrom() == null || !((InternetAddress) mail.getFrom()[0]).getAddress().equals(MailServers.SUPPORT)) {
                    return false;
                }
                Object[] to = mail.getRecipients(Message.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(each -> ((InternetAddress) each).getAddress().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Keeps a sent message as raw RFC 5322 text under the build directory (samples for the docs). */
    static void keepSample(MimeMessage message, String name) throws Exception {
        java.nio.file.Path directory = java.nio.file.Path.of(System.getProperty("todoku.build.dir", "target"), "mail-samples");
        java.nio.file.Files.createDirectories(directory);
        java.nio.file.Files.writeString(directory.resolve(name), raw(message));
    }

    static String resource(String path) {
        try (InputStream in = Mails.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
