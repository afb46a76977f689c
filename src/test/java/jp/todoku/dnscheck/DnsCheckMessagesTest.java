package jp.todoku.dnscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key the engine can put into a report has a text in both languages, with the same placeholders. */
class DnsCheckMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages/dnscheck.properties", "messages/dnscheck_en.properties"})
    void everyEngineKeyHasAText(String file) throws IOException {
        Properties bundle = load(file);
        List<String> missing = new ArrayList<>();
        for (String key : engineKeys()) {
            if (bundle.getProperty(key, "").isBlank()) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties japanese = load("messages/dnscheck.properties");
        Properties english = load("messages/dnscheck_en.properties");
        List<String> differences = new ArrayList<>();
        for (String key : engineKeys()) {
            if (!placeholders(japanese.getProperty(key, "")).equals(placeholders(english.getProperty(key, "")))) {
                differences.add(key);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static List<String> engineKeys() {
        List<String> keys = new ArrayList<>();
        for (Finding finding : Finding.values()) {
            keys.add(finding.key());
        }
        for (CheckId check : CheckId.values()) {
            keys.add(check.titleKey());
            keys.add(check.aboutKey());
        }
        for (Outcome outcome : Outcome.values()) {
            keys.add(outcome.messageKey());
        }
        return keys;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DnsCheckMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
