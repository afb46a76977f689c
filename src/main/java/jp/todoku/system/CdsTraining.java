package jp.todoku.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The build's class-data-sharing training start (issue 11), when started with {@code -Dtodoku.cds.training=true}:
 * once the site is ready it asks itself for what an operator's health check and the first customer ask for
 * (health, the home and diagnosis pages, one pasted bounce through the API, the staff sign-in page) and then
 * exits, so the archive written at exit holds the classes of the whole way to ready and of a first request.
 * Stopping at the context refresh instead (Spring's {@code spring.context.exit=onRefresh}) left out some
 * 2,400 classes loaded later on that way (Hibernate's query translation of the first statements, Tomcat's
 * request handling), which every start then read and verified from the jars. Without the property it does nothing.
 */
@Component
class CdsTraining implements ApplicationListener<ApplicationReadyEvent> {

    private static final String PROPERTY = "todoku.cds.training";
    private static final Logger LOG = LoggerFactory.getLogger(CdsTraining.class);
    private static final String BOUNCE = "550 5.1.1 <nobody@example.jp>: Recipient address rejected: User unknown";

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            visit(web.getWebServer().getPort());
        }
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }

    private static void visit(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port;
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpRequest.newBuilder(URI.create(base + "/diagnose")).build(),
                HttpRequest.newBuilder(URI.create(base + "/api/v1/diagnoses")).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(BOUNCE, StandardCharsets.UTF_8)).build(),
                HttpRequest.newBuilder(URI.create(base + "/staff/login")).build());
        for (HttpRequest request : requests) {
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                LOG.info("CDS training: {} {}", response.statusCode(), request.uri().getPath());
            } catch (IOException failed) {
                // The archive is still written, only with fewer classes: a build must not fail for it.
                LOG.warn("CDS training: {} failed: {}", request.uri().getPath(), failed.toString());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
