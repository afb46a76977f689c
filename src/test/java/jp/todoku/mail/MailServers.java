package jp.todoku.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * GreenMail's real SMTP and IMAP servers on free loopback ports, one pair per test JVM, shared by the
 * mail tests as the shared Spring context is. The support mailbox is {@code support@example.jp}.
 */
final class MailServers {

    static final String SUPPORT = "support@example.jp";
    static final String SUPPORT_LOGIN = "support";
    static final String SUPPORT_PASSWORD = "support-secret";

    private static GreenMail servers;

    private MailServers() {
    }

    static synchronized GreenMail get() {
        if (servers == null) {
            servers = new GreenMail(new ServerSetup[] {
                    new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig());
            servers.start();
            servers.setUser(SUPPORT, SUPPORT_LOGIN, SUPPORT_PASSWORD);
            Runtime.getRuntime().addShutdownHook(new Thread(servers::stop));
        }
        return servers;
    }

    static int smtpPort() {
        return get().getSmtp().getPort();
    }

    static int imapPort() {
        return get().getImap().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
