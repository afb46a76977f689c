package jp.todoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code import-tickets} as an operator runs it, on H2 and (when TODOKU_TEST_POSTGRES_URL is set) on a real
 * PostgreSQL in a schema of its own: a bad line is reported with its number and skipped, the rest is
 * created, diagnosed and searchable, and a second run of the same file creates nothing.
 */
class ImportTicketsCommandTest {

    private static final String POSTGRES = System.getenv("TODOKU_TEST_POSTGRES_URL");
    private static final String SCHEMA = "import_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String PASTE = "Final-Recipient: rfc822; kanri@example.jp\\nStatus: 5.1.1\\n"
            + "Diagnostic-Code: smtp; 550 5.1.1 <kanri@example.jp>: User unknown\\n至急ご確認ください";

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterAll
    static void dropSchema() throws SQLException {
        if (POSTGRES != null && !POSTGRES.isBlank()) {
            try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void importsSkipsTheBadLineWithItsNumberAndNeverDuplicates(String database) throws Exception {
        String url = url(database);
        Path file = directory.resolve("old-desk.jsonl");
        Files.writeString(file, String.join("\n",
                line("\"reference\":\"OT-1001\",\"createdAt\":\"2024-05-01T09:30:00+09:00\",\"status\":\"closed\","
                        + "\"assignee\":\"sato\","),
                "{\"domain\": \"example.jp\", \"direction\": ",
                line(""),
                "",
                "{\"domain\":\"example.jp\",\"direction\":\"SEND\",\"symptom\":\"ERROR_MAIL\",\"scope\":\"ALL\"}",
                line("\"reference\":\"OT-1002\",\"status\":\"NOT-A-STATUS\","),
                line("\"reference\":\"OT-1001\","),
                // Already imported (line 1) but not acceptable: refused as before, not counted as a duplicate.
                line("\"reference\":\"OT-1001\",\"status\":\"NOT-A-STATUS\",")) + "\n", StandardCharsets.UTF_8);

        int exit = run(InputStream.nullInputStream(), command(url, file.toString()));

        String report = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isEqualTo(1);
        assertThat(report).contains("line 2:", "line 5:", "contact", "line 6:", "status must be one of", "line 8:");
        assertThat(report).doesNotContain("line 1:", "line 3:", "line 4:", "line 7:");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("read 8 lines: 2 tickets created, 1 duplicates not created again, 4 lines refused");
        try (Connection connection = DriverManager.getConnection(url, user(database), "");
             Statement statement = connection.createStatement()) {
            assertThat(rows(statement, "SELECT coalesce(external_reference, '-') || ' ' || status || ' ' || coalesce(assignee, '-')"
                    + " || ' ' || primary_reason FROM ticket ORDER BY created_at"))
                    .containsExactly("OT-1001 CLOSED sato userunknown", "- NEW - userunknown");
            assertThat(rows(statement, "SELECT count(*) FROM ticket_event")).containsExactly("2");
            assertThat(rows(statement, "SELECT count(*) FROM ticket WHERE search_text LIKE '%ot-1001%'"
                    + " AND search_grams LIKE '%至急%'")).containsExactly("1");
        }

        // The same file again, this time from standard input: nothing new, and the same lines refused (the
        // duplicates are found before their pastes are diagnosed, the refusals after the same checks).
        out.reset();
        err.reset();
        run(new ByteArrayInputStream(Files.readAllBytes(file)), command(url, "-"));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("read 8 lines: 0 tickets created, 3 duplicates not created again, 4 lines refused");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2:", "line 5:", "line 6:", "line 8:")
                .doesNotContain("line 1:", "line 7:");
        try (Connection connection = DriverManager.getConnection(url, user(database), "");
             Statement statement = connection.createStatement()) {
            assertThat(rows(statement, "SELECT count(*) FROM ticket")).containsExactly("2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--batch", "--lang"})
    void aMissingFileOrOptionIsAUsageError(String option) {
        assertThat(run(InputStream.nullInputStream(), "import-tickets", option)).isEqualTo(2);
        assertThat(run(InputStream.nullInputStream(), "import-tickets", directory.resolve("none.jsonl").toString(),
                "--lang", "en")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }

    private static String line(String extra) {
        return "{" + extra + "\"domain\":\"example.jp\",\"direction\":\"SEND\",\"symptom\":\"ERROR_MAIL\","
                + "\"scope\":\"ALL\",\"contact\":\"tanaka@example.jp\",\"errorText\":\"" + PASTE + "\"}";
    }

    private String url(String database) throws SQLException {
        if (database.equals("h2")) {
            return "jdbc:h2:mem:import-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        Assumptions.assumeTrue(POSTGRES != null && !POSTGRES.isBlank(), "PostgreSQL import skipped: set TODOKU_TEST_POSTGRES_URL");
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        return POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static String user(String database) {
        return database.equals("h2") ? "sa" : "postgres";
    }

    private static String[] command(String url, String file) {
        List<String> command = new ArrayList<>(List.of("import-tickets", file, "--lang", "en", "--batch", "2",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + (url.startsWith("jdbc:h2") ? "sa" : "postgres"),
                "--spring.datasource.password=", "--todoku.admin.password=import-test-admin"));
        if (!url.startsWith("jdbc:h2")) {
            command.add("--spring.flyway.schemas=" + SCHEMA);
        }
        return command.toArray(String[]::new);
    }

    private int run(InputStream in, String... args) {
        Locale.setDefault(Locale.ENGLISH);
        return CommandLine.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
