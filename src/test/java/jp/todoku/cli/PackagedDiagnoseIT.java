package jp.todoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/todoku.jar diagnose ...} as a user runs it: with the build's class-data
 * archive beside the jar, even a small batch runs in the quick child JVM (started by the jar's entry point,
 * cli.launch.Launch, before Spring Boot's launcher), and what it
 * prints, and its exit code, are what the command gives in one JVM, error lines included.
 */
class PackagedDiagnoseIT {

    @Test
    @Timeout(120)
    void thePackagedJarPrintsWhatTheCommandPrintsInOneJvm(@TempDir Path directory) throws Exception {
        Path jar = Path.of(System.getProperty("todoku.jar", "target/todoku.jar"));
        assertThat(jar).as("run ./mvnw verify: package builds the jar").isRegularFile();
        Path fixtures = Path.of(getClass().getResource("/fixtures/postfix-two-recipients.eml").toURI()).getParent();
        Files.writeString(directory.resolve("fragment.txt"), "550 5.1.1 <neko@example.jp>: ユーザーが見つかりません\n",
                StandardCharsets.UTF_8);
        List<String> arguments = List.of("diagnose", "--lang", "en", fixtures.toString(), directory.resolve("fragment.txt").toString(),
                directory.resolve("missing.eml").toString());

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int expectedExit = CommandLine.run(arguments.toArray(String[]::new), InputStream.nullInputStream(),
                new PrintStream(expected, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(directory.resolve("stderr.txt").toFile()).start();
        byte[] printed = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();

        String output = new String(printed, StandardCharsets.UTF_8);
        assertThat(output).as(Files.readString(directory.resolve("stderr.txt"))).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThat(output).contains("\"recipient\":\"neko@example.jp\"").contains("{\"file\":\"missing.eml\",\"error\":\"cannot read");
        assertThat(process.exitValue()).isEqualTo(expectedExit);
    }
}
