import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The API load of issue 11: CLIENTS concurrent clients POST a pasted bounce to /api/v1/diagnoses
 * for SECONDS, each waiting for its answer before the next request (like ab -c). Prints requests
 * per second, p50/p99 and how many answers were not 200.
 *   java bench/ApiLoad.java http://127.0.0.1:8080 32 60
 * The site's per-client limit must be lifted for this (TODOKU_RATE_LIMIT_DIAGNOSES_PER_MINUTE=100000000).
 */
public class ApiLoad {

    static final String BOUNCE = """
            {"text": "This is the mail system at host mail.example.jp.\\n\\nI'm sorry to have to inform you that your message could not\\nbe delivered to one or more recipients.\\n\\n<nobody@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1\\n    <nobody@example.net>: Recipient address rejected: User unknown in virtual\\n    mailbox table (in reply to RCPT TO command)\\n"}
            """;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/diagnoses"))
                .header("Content-Type", "application/json").header("Accept-Language", "ja")
                .POST(HttpRequest.BodyPublishers.ofString(BOUNCE)).build();
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] failures = new int[clients];
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000];
            perClient.add(latencies);
            int index = c;
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) failures[index]++;
                    } catch (Exception e) {
                        failures[index]++;
                    }
                    if (counts[index] < latencies.length) latencies[counts[index]++] = System.nanoTime() - start;
                }
            });
            threads.add(thread);
        }
        long began = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread thread : threads) thread.join();
        double elapsed = (System.nanoTime() - began) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("API load: %d clients, %.0f s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d not 200%n",
                clients, elapsed, total, total / elapsed, all[total / 2] / 1e6, all[(int) (total * 0.99)] / 1e6,
                Arrays.stream(failures).sum());
    }
}
