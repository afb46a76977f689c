package jp.todoku.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.todoku.testing.Page;
import jp.todoku.testing.Visitor;

/**
 * Concurrent customers open tickets over the API and answer on their status pages until the server is
 * killed; every item the server acknowledged (201 / the redirect after a reply) is remembered.
 */
final class CrashDrill {

    /** An acknowledged ticket: what was sent and what came back. */
    record Acknowledged(String reference, String token, String marker, String paste) {
    }

    /** An acknowledged customer reply. */
    record Reply(String reference, String token, String text) {
    }

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"statusToken\"\\s*:\\s*\"([^\"]+)\"");

    final Queue<Acknowledged> tickets = new ConcurrentLinkedQueue<>();
    final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService clients;
    private final int port;

    CrashDrill(int port, int clientCount) {
        this.port = port;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            int number = client;
            clients.submit(() -> run(number));
        }
    }

    int acknowledged() {
        return tickets.size() + replies.size();
    }

    /** Stops the clients (their requests fail once the server is dead). */
    void stop() throws InterruptedException {
        stop.set(true);
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }

    private void run(int client) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Visitor visitor = Visitor.at(port);
        for (int i = 0; !stop.get(); i++) {
            try {
                String marker = "crash-" + client + "-" + i;
                String paste = "550 5.1.1 <" + marker + "@example.test>: Recipient address rejected: User unknown";
                String body = "{\"domain\":\"example.test\",\"direction\":\"SEND\",\"symptom\":\"ERROR_MAIL\","
                        + "\"scope\":\"ALL\",\"contact\":\"" + marker + "@example.jp\",\"comment\":\"" + marker
                        + "\",\"errorText\":\"" + paste + "\"}";
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (created.statusCode() != 201) {
                    continue;
                }
                String reference = group(REFERENCE, created.body());
                String token = group(TOKEN, created.body());
                tickets.add(new Acknowledged(reference, token, marker, paste));
                if (i % 2 == 0) {
                    String status = "/status/" + reference + "?token=" + token;
                    Page page = visitor.get(status);
                    String text = "reply of " + marker;
                    Page answer = visitor.submit(page, "/status/" + reference + "/replies",
                            Map.of("token", token, "text", text));
                    if (answer.status() == 302 && answer.location().contains("replied")) {
                        replies.add(new Reply(reference, token, text));
                    }
                }
            } catch (RuntimeException | java.io.IOException dead) {
                // the server is gone (killed): nothing was acknowledged for this request
                sleepQuietly();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + text);
        }
        return matcher.group(1);
    }

    /** Every acknowledged ticket answers with its token, with its fields and every acknowledged reply. */
    static int verifyOverApi(int port, List<Acknowledged> tickets, List<Reply> replies) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int found = 0;
        for (Acknowledged ticket : tickets) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/tickets/" + ticket.reference()))
                    .header("X-Status-Token", ticket.token()).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (status.statusCode() == 200 && status.body().contains("\"domain\":\"example.test\"")
                    && status.body().contains("\"symptom\":\"ERROR_MAIL\"")) {
                found++;
            }
        }
        for (Reply reply : replies) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/tickets/" + reply.reference()))
                    .header("X-Status-Token", reply.token()).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (status.statusCode() == 200 && status.body().contains(reply.text())) {
                found++;
            }
        }
        assertThat(found).isLessThanOrEqualTo(tickets.size() + replies.size());
        return found;
    }
}
