package jp.todoku.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Status labels, event labels and error messages exist in Japanese and English. */
class TicketMessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream stream = TicketMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            assertThat(stream).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyKeyTheFeatureUsesExistsInBothLanguages() throws IOException {
        List<String> used = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            used.add(status.labelKey());
        }
        for (TicketEventKind kind : TicketEventKind.values()) {
            used.add(kind.labelKey());
        }
        used.add(TicketConflictException.MESSAGE_KEY);
        used.add(TicketNotFoundException.MESSAGE_KEY);
        used.add(TicketClosedException.MESSAGE_KEY);
        for (String file : new String[] {"tickets.properties", "tickets_en.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file).containsAll(used);
            messages.stringPropertyNames().forEach(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
        assertThat(new TreeSet<>(load("tickets_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("tickets.properties").stringPropertyNames()));
    }

    @Test
    void statusLabelsAreTheOnesStaffKnow() throws IOException {
        Properties japanese = load("tickets.properties");
        assertThat(List.of(TicketStatus.values())).extracting(status -> japanese.getProperty(status.labelKey()))
                .containsExactly("新規", "対応中", "お客様回答待ち", "解決", "クローズ");
    }
}
