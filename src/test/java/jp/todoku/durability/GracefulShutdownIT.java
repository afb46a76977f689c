package jp.todoku.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
            CompletableFuture<Answer> upload = slowUpload(server.port, firstPartSent, releaseTheRest);

            assertThat(firstPartSent.await(30, TimeUnit.SECONDS)).as("the upload started").isTrue();
            Thread.sleep(1_000); // the server has read the headers and the controller is reading the body
            assertThat(upload).as("still waiting for the rest of its body").isNotDone();
            long terminatedAt = System.nanoTime();
            server.terminate();

            Duration refusedAfter = awaitRefused(server.port, Duration.ofSeconds(60));
            assertThat(upload).as("the upload is still in flight while new connections are refused").isNotDone();
            releaseTheRest.countDown();

            Answer answer = upload.get(60, TimeUnit.SECONDS);
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

    /**
     * POST /api/v1/diagnoses over a plain socket, written as a slow client writes it: the headers and the
     * first part of the body now, the rest only once the test releases it. Answers status line and body.
     */
    private static CompletableFuture<Answer> slowUpload(int port, CountDownLatch firstPartSent,
                                                        CountDownLatch releaseTheRest) {
        byte[] first = ("This is the mail system at host mail.example.jp.\r\n\r\n"
                + "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] rest = ERROR_LINE.getBytes(StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                socket.setSoTimeout(120_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/diagnoses HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\nAccept: application/json\r\n"
                        + "Accept-Language: en\r\nContent-Length: " + (first.length + rest.length) + "\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(first);
                out.flush();
                firstPartSent.countDown();
                if (!releaseTheRest.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the rest of the body");
                }
                out.write(rest);
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int endOfStatus = response.indexOf("\r\n");
                String[] status = response.substring(0, Math.max(endOfStatus, 0)).split(" ");
                return new Answer(status.length > 1 ? Integer.parseInt(status[1]) : -1, response);
            } catch (IOException | InterruptedException | RuntimeException failed) {
                return new Answer(-1, failed.toString());
            }
        });
    }

    /** What came back: the status code (-1 for none) and the whole response as text. */
    record Answer(int statusCode, String body) {
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
