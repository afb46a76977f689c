package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The backup the README documents for the embedded database (issue 10): {@code SCRIPT TO} on the
 * running application's own connection, restored with {@code RUNSCRIPT} into a new, empty H2 file
 * database, holds the ticket that was just confirmed, with its paste.
 */
@TodokuWebTest
class BackupRestoreTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @Test
    void aBackupTakenWhileRunningRestoresTheTickets() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"domain\":\"backup.example\",\"direction\":\"SEND\","
                        + "\"since\":\"2026-11-01\",\"symptom\":\"CANNOT_SEND\",\"scope\":\"ALL\","
                        + "\"contact\":\"backup@example.test\",\"errorText\":\"550 5.1.1 <gone@backup.example>: User unknown\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher reference = Pattern.compile("\"reference\":\"(TD-[0-9-]+)\"").matcher(created.body());
        assertThat(reference.find()).isTrue();

        Path script = folder.resolve("backup.sql");
        try (Connection running = dataSource.getConnection(); Statement statement = running.createStatement()) {
            statement.execute("SCRIPT TO '" + script + "'");
        }

        String restored = "jdbc:h2:file:" + folder.resolve("restored") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection fresh = DriverManager.getConnection(restored, "sa", "")) {
            try (Statement statement = fresh.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + script + "'");
            }
            try (PreparedStatement query = fresh.prepareStatement(
                    "SELECT customer_domain, contact, search_text FROM ticket WHERE reference_number = ?")) {
                query.setString(1, reference.group(1));
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as("ticket " + reference.group(1) + " in the restored database").isTrue();
                    assertThat(row.getString("customer_domain")).isEqualTo("backup.example");
                    assertThat(row.getString("contact")).isEqualTo("backup@example.test");
                    assertThat(row.getString("search_text")).contains("user unknown");
                }
            }
        }
    }
}
