package jp.todoku.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar (target/todoku.jar) running as its own JVM in a working directory, as an operator runs it. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("todoku.jar", "target/todoku.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + "; run ./mvnw verify (package builds it)");
        }
        return jar;
    }

    /** Starts on a free port in {@code directory} (where ./data lives) and waits until health answers. */
    static ServerProcess start(Path directory, Map<String, String> environment, List<String> arguments,
                               Duration startTimeout) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                // As bin/todoku and the Dockerfile start the site: from the bean definitions of Spring AOT.
                "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar", jar().toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile()));
        builder.environment().putAll(environment);
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitHealthy(startTimeout);
        return server;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + " while starting");
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not become healthy within " + timeout);
    }

    /** SIGKILL (destroyForcibly on Linux): no shutdown hook, no flush; returns the exit status (137 = 128 + 9). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return process.exitValue();
    }

    /** SIGTERM (destroy on Linux): Spring's graceful shutdown runs. */
    void terminate() {
        process.destroy();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            awaitExit(Duration.ofSeconds(30));
        }
    }
}
