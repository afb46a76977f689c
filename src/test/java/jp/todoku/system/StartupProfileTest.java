package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

class StartupProfileTest {

    @Test
    void writesTheSlowestStepsFirstWithTheirTags(@TempDir Path folder) throws Exception {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        StartupStep quick = startup.start("quick.step");
        quick.end();
        StartupStep slow = startup.start("slow.step");
        slow.tag("beanName", "entityManagerFactory");
        Thread.sleep(30);
        slow.end();

        Path file = folder.resolve("profile.txt");
        StartupProfile.write(file, startup.getBufferedTimeline(), Duration.ofMillis(1234));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).contains("1234 ms");
        assertThat(lines.get(1)).contains("slow.step").contains("beanName=entityManagerFactory");
        assertThat(lines.get(2)).contains("quick.step");
    }
}
