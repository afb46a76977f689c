package jp.todoku.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.todoku.testing.TestSwitches;

/**
 * The crash drill shared by the H2 and PostgreSQL tests: start the jar, load it from 8 clients, SIGKILL it
 * once at least 500 items are acknowledged, start it again on the same data, and count what survived.
 */
final class CrashTest {

    static final int CLIENTS = 8;
    static final int KILL_AFTER = 520;
    // Generous bounds: on a quiet machine a start takes ~20 s and the load ~40 s; a shared CI box under load
    // took 235 s to start the jar (-Dtodoku.crash.start-seconds to change it).
    static final Duration START = Duration.ofSeconds(Long.getLong("todoku.crash.start-seconds", 300));
    static final Duration LOAD = Duration.ofSeconds(180);

    /** The database behind the restarted server: H2 is read after the server stopped, PostgreSQL while it runs. */
    interface Database {
        Connection open() throws Exception;
    }

    record Outcome(int acknowledged, int foundOverApi, int intactRows, int killStatus) {
    }

    private CrashTest() {
    }

    static Path freshDirectory(String name) throws Exception {
        Path root = TestSwitches.buildDirectory().resolve("crash");
        Files.createDirectories(root);
        return Files.createTempDirectory(root, name);
    }

    static Map<String, String> environment() {
        // The drill posts far more than a customer may; the limit is not what is under test here.
        return Map.of("TODOKU_RATE_LIMIT_TICKETS_PER_HOUR", "100000000", "TODOKU_ADMIN_PASSWORD", "crash-test-admin");
    }

    static Outcome run(Path directory, Map<String, String> environment, List<String> arguments, boolean readAfterStop,
                       Database database) throws Exception {
        List<CrashDrill.Acknowledged> tickets;
        List<CrashDrill.Reply> replies;
        int killStatus;
        try (ServerProcess server = ServerProcess.start(directory, environment, arguments, START)) {
            CrashDrill drill = new CrashDrill(server.port, CLIENTS);
            long deadline = System.nanoTime() + LOAD.toNanos();
            while (drill.acknowledged() < KILL_AFTER && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // Killed while the clients are still sending: the newest commits are the ones at risk.
            killStatus = server.kill();
            drill.stop();
            tickets = List.copyOf(drill.tickets);
            replies = List.copyOf(drill.replies);
        }
        int acknowledged = tickets.size() + replies.size();
        int found;
        int intact;
        try (ServerProcess restarted = ServerProcess.start(directory, environment, arguments, START)) {
            found = CrashDrill.verifyOverApi(restarted.port, tickets, replies);
            if (readAfterStop) {
                restarted.terminate();
                restarted.awaitExit(Duration.ofSeconds(60));
            }
            intact = intactRows(database, tickets);
        }
        Outcome outcome = new Outcome(acknowledged, found, intact, killStatus);
        System.out.println("crash drill: acknowledged=" + acknowledged + " (tickets=" + tickets.size() + ", replies="
                + replies.size() + ") found=" + found + " intact-rows=" + intact + "/" + tickets.size()
                + " kill-exit=" + killStatus);
        assertThat(killStatus).as("destroyForcibly is SIGKILL on Linux: exit 128 + 9").isEqualTo(137);
        assertThat(acknowledged).as("items acknowledged before the kill").isGreaterThanOrEqualTo(500);
        assertThat(found).as("acknowledged items present after the restart").isEqualTo(acknowledged);
        assertThat(intact).as("tickets with their paste and diagnosis snapshot").isEqualTo(tickets.size());
        return outcome;
    }

    /** Rows whose paste, contact, comment and diagnosis snapshot are what the customer sent and got. */
    private static int intactRows(Database database, List<CrashDrill.Acknowledged> tickets) throws Exception {
        int intact = 0;
        try (Connection connection = database.open(); PreparedStatement query = connection.prepareStatement(
                "SELECT error_text, contact, customer_comment, diagnosis_json, primary_reason FROM ticket "
                        + "WHERE reference_number = ?")) {
            for (CrashDrill.Acknowledged ticket : tickets) {
                query.setString(1, ticket.reference());
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && ticket.paste().equals(row.getString(1))
                            && (ticket.marker() + "@example.jp").equals(row.getString(2))
                            && ticket.marker().equals(row.getString(3))
                            && row.getString(4) != null && row.getString(4).contains(ticket.marker())
                            && "userunknown".equals(row.getString(5))) {
                        intact++;
                    }
                }
            }
        }
        return intact;
    }
}
