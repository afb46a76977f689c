package jp.todoku.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every key the questionnaire uses exists, with text, in the Japanese and the English file. */
class GuideMessagesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    private static Properties load(String name) throws IOException {
        try (InputStream stream = GuideMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            assertThat(stream).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyUsedKeyExistsInBothLanguages() throws IOException {
        Set<String> used = Questionnaire.bundled().messageKeys();
        for (String file : new String[] {"guide.properties", "guide_en.properties"}) {
            Properties messages = load(file);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(messages.stringPropertyNames());
            assertThat(missing).as("keys missing in " + file).isEmpty();
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank();
                assertThat(key).as(file).startsWith("guide.");
            }
        }
    }

    @Test
    void languageFilesHaveTheSameKeysAndJapaneseIsTheDefault() throws IOException {
        // Japanese is the file without a suffix: every locale without its own file falls back to it.
        Properties japanese = load("guide.properties");
        Properties english = load("guide_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(japanese.stringPropertyNames()));
    }

    @Test
    void japaneseTextIsJapaneseAndEnglishIsNot() throws IOException {
        Properties japanese = load("guide.properties");
        Properties english = load("guide_en.properties");
        for (String key : japanese.stringPropertyNames()) {
            String text = japanese.getProperty(key);
            // Option labels may be a port number or a product name; everything longer must read as Japanese.
            if (text.length() > 12) {
                assertThat(JAPANESE.matcher(text).find()).as("Japanese text for " + key).isTrue();
            }
            assertThat(JAPANESE.matcher(english.getProperty(key)).find()).as("English text for " + key).isFalse();
        }
    }

    @Test
    void everyFindingHasItsStepsAndNoMore() throws IOException {
        Properties japanese = load("guide.properties");
        for (Finding finding : Questionnaire.bundled().findings()) {
            String next = "guide.finding." + finding.id() + ".step" + (finding.stepCount() + 1);
            assertThat(japanese.getProperty(next)).as("a step beyond the declared count: " + next).isNull();
        }
    }
}
