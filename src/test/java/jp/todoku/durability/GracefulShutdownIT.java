package jp.todoku.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 10, a rolling restart: the packaged jar gets SIGTERM while a customer's upload is still arriving.
 * The server must stop taking new connections at once, finish that request (200 with the diagnosis) and
 * only then exit. The upload is held back by the test itself, so the request is provably in flight from
 * before the SIGTERM until after new connections are refused; no test-only code is in the application.
 */
class GracefulShutdownIT {

    private static final String ERROR_LINE = "550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown\n";

    @Test
    @Timeout(600)
    void aRequestInFlightAtSigtermCompletesAndNewConnectionsAreRefused() throws Exception {
        Path directory = CrashTest.freshDirectory("graceful-");
        Map<String, String> environment = Map.of("TODOKU_ADMIN_PASSWORD", "graceful-test-admin",
                "TODOKU_SHUTDOWN_TIMEOUT", "30s");
        try (ServerProcess server = ServerProcess.start(directory, environment, List.of(), CrashTest.START)) {
            CountDownLatch firstPartSent = new CountDownLatch(1);
            CountDownLatch releaseTheRest = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> upload = slowUpload(server.port, firstPartSent, releaseTheRest);

            assertThat(firstPartSent.await(30, TimeUnit.SECONDS)).as("the upload started").isTrue();
            Thread.sleep(1_000); // the server has read the headers and the controller is reading the body
            assertThat(upload).as("still waiting for the rest of its body").isNotDone();
            long terminatedAt = System.nanoTime();
            server.terminate();

            Duration refusedAfter = awaitRefused(server.port, Duration.ofSeconds(60));
            assertThat(upload).as("the upload is still in flight while new connections are refused").isNotDone();
            releaseTheRest.countDown();

            HttpResponse<String> answer = upload.get(60, TimeUnit.SECONDS);
            long answeredAfter = Duration.ofNanos(System.nanoTime() - terminatedAt).toMillis();
            int exit = server.awaitExit(Duration.ofSeconds(60));
            System.out.println("graceful shutdown: new connections refused " + refusedAfter.toMillis()
                    + " ms after SIGTERM; the request in flight answered " + answer.statusCode() + " after "
                    + answeredAfter + " ms; exit status " + exit);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("taro@example.jp").contains("userunknown");
            assertThat(exit).as("exited on SIGTERM by itself (128 + 15), not killed").isEqualTo(143);
        }
    }

    /** POST /api/v1/diagnoses whose body stops after the first part until the test releases the rest. */
    private static CompletableFuture<HttpResponse<String>> slowUpload(int port, CountDownLatch firstPartSent,
                                                                      CountDownLatch releaseTheRest) {
        byte[] first = ("This is the mail system at host mail.example.jp.\n\n"
                + "I'm sorry to have to inform you that your message could not be delivered.\n\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] rest = ERROR_LINE.getBytes(StandardCharsets.UTF_8);
        InputStream held = new InputStream() {
            private InputStream remaining;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remaining == null) {
                    firstPartSent.countDown();
                    try {
                        if (!releaseTheRest.await(120, TimeUnit.SECONDS)) {
                            throw new IOException("the test never released the rest of the body");
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IOException(interrupted);
                    }
                    remaining = new ByteArrayInputStream(rest);
                }
                return remaining.read(buffer, offset, length);
            }
        };
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(first), held);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/diagnoses"))
                .timeout(Duration.ofSeconds(180)).header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** How long after SIGTERM a new TCP connection to the port is refused. */
    private static Duration awaitRefused(int port, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            } catch (ConnectException refused) {
                return Duration.ofNanos(System.nanoTime() - start);
            } catch (IOException other) {
                // a timeout: try again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("new connections were still accepted " + timeout + " after SIGTERM");
    }
}
