import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ticket creation latency over the API, as a customer's client sees it: {@code clients} threads post
 * {@code count} tickets in all to {@code POST /api/v1/tickets} and the program prints p50/p99/max of the
 * 201 answers. Start the server with a high ticket limit (TODOKU_RATE_LIMIT_TICKETS_PER_HOUR=1000000).
 *
 * <pre>java bench/TicketCreationBench.java http://127.0.0.1:8080 2000 4</pre>
 */
public class TicketCreationBench {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String body = """
                {"domain":"example.test","direction":"SEND","symptom":"ERROR_MAIL","scope":"ALL",
                 "contact":"bench@example.test","comment":"bench",
                 "errorText":"550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown"}""";
        // Warm-up: the JIT and the connection pool, not measured.
        for (int i = 0; i < 100; i++) {
            post(http, base, body);
        }
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < count / clients; i++) {
                    long before = System.nanoTime();
                    int status = post(http, base, body);
                    if (status == 201) {
                        nanos.add(System.nanoTime() - before);
                    }
                }
                return null;
            }));
        }
        for (Future<?> each : work) {
            each.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("tickets=%d clients=%d p50=%.1fms p99=%.1fms max=%.1fms throughput=%.0f/s%n",
                sorted.size(), clients, at(sorted, 0.50), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6,
                sorted.size() / seconds);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static int post(HttpClient http, String base, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
