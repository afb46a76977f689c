package jp.todoku.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need something from the machine (Chromium, PostgreSQL) skip with a message when it
 * is missing, unless CI demands it with TODOKU_REQUIRE_...=true; then they fail instead.
 */
public final class TestSwitches {

    public static final String REQUIRE_BROWSER = "TODOKU_REQUIRE_BROWSER";
    public static final String REQUIRE_POSTGRES = "TODOKU_REQUIRE_POSTGRES";

    private TestSwitches() {
    }

    /** True when a system property or an environment variable of that name is "true". */
    public static boolean isOn(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return "true".equalsIgnoreCase(value == null ? null : value.strip());
    }

    /** Skips the calling test with the reason, or fails it when {@code requireSwitch} is on. */
    public static void skipOrFail(String requireSwitch, String reason) {
        if (isOn(requireSwitch)) {
            Assertions.fail(reason + " (" + requireSwitch + "=true, so this is a failure, not a skip)");
        }
        Assumptions.abort(reason + " (skipped; set " + requireSwitch + "=true to make this fail)");
    }

    /** Where tests may write files: the Maven build directory, else ./target. */
    public static Path buildDirectory() {
        return Path.of(System.getProperty("todoku.build.dir", "target")).toAbsolutePath();
    }
}
