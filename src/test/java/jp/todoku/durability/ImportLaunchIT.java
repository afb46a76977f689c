package jp.todoku.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged jar's import-tickets started with the site's launch flag {@code -Dspring.aot.enabled=true}
 * (bin/todoku passes it when no command archive was built): the build-time bean definitions are the web
 * site's, so the command must work out its own context instead of failing for want of a servlet context.
 */
class ImportLaunchIT {

    @Test
    @Timeout(300)
    void importTicketsRunsWithTheSitesAheadOfTimeFlag() throws Exception {
        Path directory = CrashTest.freshDirectory("import-launch-");
        Path lines = directory.resolve("old-desk.jsonl");
        Files.writeString(lines, """
                {"reference":"OT-1","domain":"example.jp","direction":"SEND","symptom":"ERROR_MAIL","scope":"ALL","contact":"tanaka@example.jp","errorText":"550 5.1.1 <kanri@example.jp>: User unknown"}
                {"reference":"OT-2","domain":"example.jp","direction":"SEND","symptom":"ERROR_MAIL","scope":"ALL"}
                """, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar",
                ServerProcess.jar().toAbsolutePath().toString(), "import-tickets", lines.toString(), "--lang", "en"))
                .directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotContain("Exception").contains("line 2").contains("contact");
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).as(output).contains("read 2 lines: 1 tickets created, 0 duplicates not created again, 1 lines refused");
    }
}
