package jp.todoku.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rate limits behind a reverse proxy (issue 16), over real connections: the test configuration
 * trusts 127.0.0.1 as a proxy. Two customers behind it get two buckets; a client connecting from
 * 127.0.0.2 (not a trusted proxy) who forges X-Forwarded-For still spends its own bucket.
 */
@TodokuWebTest
class TrustedProxyTest {

    private static final String BODY = "{\"text\": \"550 5.1.1 <nobody@example.jp>: Recipient address rejected: User unknown\"}";

    @LocalServerPort
    int port;

    @Autowired
    RateLimiter limiter;

    @AfterEach
    void forget() {
        limiter.reset();
    }

    @Test
    void twoCustomersBehindTheTrustedProxyGetTwoBuckets() throws IOException {
        assertThat(exhaust("127.0.0.1", "198.51.100.1")).isTrue();
        assertThat(post("127.0.0.1", "198.51.100.2")).isEqualTo(200);
        assertThat(limitedOutOf(5, "127.0.0.1", "198.51.100.1")).isGreaterThanOrEqualTo(3);
        // The proxy appends the peer it saw: the right-most untrusted address is the customer.
        assertThat(limitedOutOf(5, "127.0.0.1", "203.0.113.9, 198.51.100.1")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aForgedHeaderFromAnUntrustedClientCountsAgainstItsOwnBucket() throws IOException {
        assertThat(exhaust("127.0.0.2", "198.51.100.3")).isTrue();
        assertThat(limitedOutOf(5, "127.0.0.2", "198.51.100.4")).isGreaterThanOrEqualTo(3);
        assertThat(limitedOutOf(5, "127.0.0.2", null)).isGreaterThanOrEqualTo(3);
    }

    /**
     * How many of {@code count} requests in a row the limit refuses. The bucket refills while they
     * run (80 a minute in tests: one token every 0.75 s), so an exhausted bucket lets the odd one
     * through; a fresh bucket refuses none.
     */
    private int limitedOutOf(int count, String from, String forwardedFor) throws IOException {
        int limited = 0;
        for (int i = 0; i < count; i++) {
            if (post(from, forwardedFor) == 429) {
                limited++;
            }
        }
        return limited;
    }

    /** Posts until the limit answers 429; true when it did. */
    private boolean exhaust(String from, String forwardedFor) throws IOException {
        for (int i = 0; i < 500; i++) {
            if (post(from, forwardedFor) == 429) {
                return true;
            }
        }
        return false;
    }

    private int post(String from, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(10_000);
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            String request = "POST /api/v1/diagnoses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            in.readAllBytes();
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
