package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message exists in Japanese (messages.properties, the default) and English
 * (messages_en.properties), and every key a template names exists. No Spring context needed.
 */
class MessagesTest {

    private static final String DEFAULT_BUNDLE = "messages.properties";
    private static final Pattern MESSAGE_REFERENCE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Map<String, Properties> bundles = bundles();
        assertThat(bundles).containsKeys(DEFAULT_BUNDLE, "messages_en.properties");
        Set<String> japanese = bundles.get(DEFAULT_BUNDLE).stringPropertyNames();

        List<String> problems = new ArrayList<>();
        bundles.forEach((file, bundle) -> {
            Set<String> keys = bundle.stringPropertyNames();
            difference(japanese, keys).forEach(key -> problems.add(file + " lacks " + key));
            difference(keys, japanese).forEach(key -> problems.add(DEFAULT_BUNDLE + " lacks " + key + " (in " + file + ")"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageHasTextAndAValidPattern() throws IOException {
        List<String> problems = new ArrayList<>();
        bundles().forEach((file, bundle) -> bundle.stringPropertyNames().forEach(key -> {
            String value = bundle.getProperty(key);
            if (value.isBlank()) {
                problems.add(file + ": " + key + " is empty");
            }
            if (value.contains("{")) {
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException broken) {
                    problems.add(file + ": " + key + " is not a valid MessageFormat: " + broken.getMessage());
                }
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = bundles().get(DEFAULT_BUNDLE).stringPropertyNames();
        List<String> problems = new ArrayList<>();
        for (Resource template : Templates.all()) {
            Matcher reference = MESSAGE_REFERENCE.matcher(Templates.read(template));
            while (reference.find()) {
                if (!known.contains(reference.group(1))) {
                    problems.add(Templates.name(template) + " names the missing key " + reference.group(1));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** File name to its properties, for every messages*.properties on the classpath. */
    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:messages/messages*.properties")) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(resource.getFilename(), properties);
        }
        return bundles;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> missing = new TreeSet<>(left);
        missing.removeAll(right);
        return missing;
    }
}
