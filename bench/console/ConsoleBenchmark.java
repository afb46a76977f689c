import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the staff console over real HTTP, signed in, against a site filled by ConsoleData (N tickets):
 * the default queue, six searches, page 2,000 and the dashboard; 10 warm-up requests, then 7 timed, and
 * prints the median and the slowest. Checks each answer is right (row counts, and the first rows' ticket
 * pages contain the term). Run: java bench/console/ConsoleBenchmark.java http://127.0.0.1:18081 admin PASSWORD N [RARE]
 */
public class ConsoleBenchmark {

    static final Pattern ROW = Pattern.compile("class=\"ticket-link\" href=\"(/staff/tickets/[^\"]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static HttpClient client;
    static URI base;

    public static void main(String[] args) throws Exception {
        base = URI.create(args[0]);
        int count = Integer.parseInt(args[3]);
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        signIn(args[1], args[2]);
        int email = count / 2;
        // A fifth argument names the rare token when the tickets did not come from ConsoleData.
        String rareTerm = args.length > 4 ? args[4] : "q" + (count / 3) + "x";
        // Every page twice before any is timed, so the first one measured does not pay for the JIT alone.
        for (int round = 0; round < 2; round++) {
            for (String path : List.of("/staff", "/staff?q=" + encode("至急"), "/staff?q=zzqqxxvvnone", "/staff?page=1999",
                    "/staff?status=CLOSED", "/staff/dashboard?days=90")) {
                get(path);
            }
        }
        System.out.printf("| what | median ms | slowest ms | rows | right |%n|---|---|---|---|---|%n");
        measure("queue, default view", "/staff", 25, null);
        measure("search 至急 (two-character Japanese)", "/staff?q=" + encode("至急"), 25, "至急");
        measure("search rare token " + rareTerm, "/staff?q=" + encode(rareTerm), 1, rareTerm);
        measure("search e-mail address", "/staff?q=" + encode("user" + email + "@example" + (email % 5000) + ".co.jp"), 1,
                "user" + email + "@example" + (email % 5000) + ".co.jp");
        measure("search \"User unknown\"", "/staff?q=" + encode("User unknown"), 25, "User unknown");
        measure("search a token that exists nowhere", "/staff?q=zzqqxxvvnone", 0, null);
        measure("search 容 (one character)", "/staff?q=" + encode("容"), 25, "容");
        measure("page 2,000 of the queue", "/staff?page=1999", 25, null);
        measure("status tab CLOSED", "/staff?status=CLOSED", 25, null);
        measure("dashboard, 90 days", "/staff/dashboard?days=90", -1, null);
    }

    static void measure(String what, String path, int expectedRows, String term) throws Exception {
        for (int warm = 0; warm < 10; warm++) {
            get(path);
        }
        long[] millis = new long[7];
        String body = "";
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            body = get(path);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        List<String> links = new ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            links.add(row.group(1));
        }
        boolean right = expectedRows < 0 || (expectedRows == 0 ? links.isEmpty() : links.size() >= expectedRows);
        if (expectedRows == 1) {
            right = links.size() == 1;
        }
        if (term != null) {
            for (String link : links.subList(0, Math.min(3, links.size()))) {
                right &= get(link).toLowerCase().contains(term.toLowerCase());
            }
        }
        System.out.printf("| %s | %d | %d | %s | %s |%n", what, millis[millis.length / 2], millis[millis.length - 1],
                expectedRows < 0 ? "-" : Integer.toString(links.size()), right ? "yes" : "NO");
    }

    static void signIn(String user, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/staff/login"));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)
                        + "&_csrf=" + encode(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/staff")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.headers().map());
        }
    }

    static String get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120)).header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
