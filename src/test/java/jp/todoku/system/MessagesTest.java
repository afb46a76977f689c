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
 * Every message exists in Japanese (the default file of each bundle) and English (its _en file), every
 * bundle file on the classpath is one the application actually reads (spring.messages.basename), and
 * every key a template names exists. No Spring context needed.
 */
class MessagesTest {

    private static final Pattern MESSAGE_REFERENCE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("_(en|ja)$");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Map<String, Properties> bundles = bundles(basename);
            String defaultFile = fileName(basename) + ".properties";
            assertThat(bundles).as(basename).containsKeys(defaultFile, fileName(basename) + "_en.properties");
            Set<String> japanese = bundles.get(defaultFile).stringPropertyNames();
            bundles.forEach((file, bundle) -> {
                Set<String> keys = bundle.stringPropertyNames();
                difference(japanese, keys).forEach(key -> problems.add(file + " lacks " + key));
                difference(keys, japanese).forEach(key -> problems.add(defaultFile + " lacks " + key + " (in " + file + ")"));
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleFileIsOneTheApplicationReads() throws IOException {
        Set<String> read = new TreeSet<>();
        basenames().forEach(basename -> read.add(fileName(basename)));
        List<String> strays = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            String family = LANGUAGE_SUFFIX.matcher(resource.getFilename().replace(".properties", "")).replaceFirst("");
            if (!read.contains(family)) {
                strays.add(resource.getFilename());
            }
        }
        assertThat(strays).as("files missing from spring.messages.basename").isEmpty();
    }

    @Test
    void everyMessageHasTextAndAValidPattern() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            bundles(basename).forEach((file, bundle) -> bundle.stringPropertyNames().forEach(key -> {
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
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String basename : basenames()) {
            known.addAll(bundles(basename).get(fileName(basename) + ".properties").stringPropertyNames());
        }
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

    /** The bundles the application reads, as configured: messages/messages, messages/knowledge ... */
    private static List<String> basenames() throws IOException {
        Properties application = new Properties();
        try (Reader reader = new InputStreamReader(
                new PathMatchingResourcePatternResolver().getResource("classpath:application.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            application.load(reader);
        }
        List<String> basenames = new ArrayList<>();
        for (String basename : application.getProperty("spring.messages.basename", "messages").split(",")) {
            basenames.add(basename.trim());
        }
        return basenames;
    }

    private static String fileName(String basename) {
        return basename.substring(basename.lastIndexOf('/') + 1);
    }

    /** File name to its properties, for every language file of one bundle. */
    private static Map<String, Properties> bundles(String basename) throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + basename + "*.properties")) {
            String suffix = resource.getFilename().substring(fileName(basename).length()).replace(".properties", "");
            if (!suffix.isEmpty() && !LANGUAGE_SUFFIX.matcher(suffix).matches()) {
                continue; // another bundle sharing the prefix
            }
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
