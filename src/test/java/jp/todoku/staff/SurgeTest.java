package jp.todoku.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SurgeTest {

    private final SurgeSettings settings = new SurgeSettings(3, 5);

    @Test
    void aBurstFarAboveTheWeeklyAverageIsASurge() {
        // 168 in seven days is one an hour; eight in the last hour is eight times that.
        var surges = Surge.find("provider", Map.of("Microsoft", 8L, "Google", 4L), Map.of("Microsoft", 168L), settings);

        assertThat(surges).singleElement().satisfies(surge -> {
            assertThat(surge.key()).isEqualTo("Microsoft");
            assertThat(surge.ratio()).isEqualTo("8.0");
        });
    }

    @Test
    void theUsualVolumeAndSmallNumbersAreNot() {
        assertThat(Surge.find("reason", Map.of("blocked", 12L), Map.of("blocked", 168L * 5), settings)).isEmpty();
        assertThat(Surge.find("reason", Map.of("blocked", 4L), Map.of(), settings)).isEmpty();
        assertThat(Surge.find("reason", Map.of("", 50L), Map.of(), settings)).isEmpty();
    }

    @Test
    void somethingNeverSeenBeforeCountsOnceItReachesTheMinimum() {
        assertThat(Surge.find("reason", Map.of("spamdetected", 5L), Map.of(), settings))
                .singleElement().satisfies(surge -> assertThat(surge.ratio()).isEqualTo("∞"));
    }
}
