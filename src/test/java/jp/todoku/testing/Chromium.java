package jp.todoku.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium with its own chromedriver: no Selenium Manager, no network,
 * no writes outside the given profile directory.
 */
public final class Chromium {

    public static final Path BINARY = Path.of(System.getProperty("todoku.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("todoku.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Why Chromium cannot run here, or empty when it can. */
    public static Optional<String> findMissingPart() {
        if (!Files.isExecutable(BINARY)) {
            return Optional.of("Chromium is not installed at " + BINARY);
        }
        if (!Files.isExecutable(DRIVER)) {
            return Optional.of("chromedriver is not installed at " + DRIVER);
        }
        return Optional.empty();
    }

    /** A fresh browser whose preferred language is {@code language} (e.g. "ja"). */
    public static ChromeDriver start(Path profile, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-crash-reporter", "--disable-breakpad", "--window-size=1280,900",
                "--user-data-dir=" + profile.resolve("user-data"));
        // Headless Chromium ignores --lang; the preference is what sets Accept-Language.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                // Without these Chromium writes ~/.config/chromium and ~/.cache even with a profile.
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME", profile.resolve("xdg-config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("xdg-cache").toString()))
                .build();
        return new ChromeDriver(service, options);
    }
}
