package jp.todoku.selfservice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our own small inputs under src/test/resources/selfservice (never corpus files). */
public final class Fixtures {

    public static final String UNKNOWN_USER = "postfix-unknown-user.eml";
    public static final String SCRIPT = "script-fragment.txt";
    public static final String MAILBOX_FULL = "mailbox-full-fragment.txt";
    /** Postfix: the recipient's domain does not exist (no-such-domain.todoku-test.jp, see TestDns). */
    public static final String HOST_UNKNOWN = "postfix-host-unknown.eml";
    /** Postfix: the receiver refused sender.todoku-test.jp's unauthenticated mail (5.7.26). */
    public static final String AUTH_FAILURE = "postfix-auth-failure.eml";
    /** Postfix: the receiver refused the sending server 192.0.2.10 by a blocklist. */
    public static final String BLOCKED = "postfix-blocked.eml";

    private Fixtures() {
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/selfservice/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
