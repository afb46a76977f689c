package jp.todoku.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up time goes, on request: {@code -Dtodoku.startup.profile=FILE} records Spring's
 * start-up steps (bean creation, configuration parsing, context refresh phases) and, once the site
 * is ready, writes the slowest ones to FILE as a table. Off by default: recording costs a little
 * time and memory that an ordinary start should not pay. Used to find what issue 11 asks to cut.
 */
public final class StartupProfile {

    static final String PROPERTY = "todoku.startup.profile";
    private static final int CAPACITY = 20_000;
    private static final int SHOWN = 40;

    private StartupProfile() {
    }

    /** Records the start of {@code application} when the property names a file; otherwise does nothing. */
    public static void attachIfAsked(SpringApplication application) {
        String file = System.getProperty(PROPERTY, "");
        if (file.isBlank()) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
        application.setApplicationStartup(startup);
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent ready) {
                write(Path.of(file), startup.getBufferedTimeline(), ready.getTimeTaken());
            }
        });
    }

    static void write(Path file, StartupTimeline timeline, Duration total) {
        List<StartupTimeline.TimelineEvent> events = new ArrayList<>(timeline.getEvents());
        events.sort(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed());
        StringBuilder table = new StringBuilder();
        table.append("ready after ").append(total.toMillis()).append(" ms; slowest start-up steps (ms, step, tags)\n");
        for (StartupTimeline.TimelineEvent event : events.subList(0, Math.min(SHOWN, events.size()))) {
            table.append(String.format("%6d  %s  %s%n", event.getDuration().toMillis(),
                    event.getStartupStep().getName(), tags(event.getStartupStep())));
        }
        try {
            Files.writeString(file, table, StandardCharsets.UTF_8);
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    private static String tags(StartupStep step) {
        StringBuilder text = new StringBuilder();
        for (StartupStep.Tag tag : step.getTags()) {
            text.append(tag.getKey()).append('=').append(tag.getValue()).append(' ');
        }
        return text.toString().trim();
    }
}
