package jp.todoku.diagnosis.mta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.Reason;

/**
 * The fixed messages of mail server families and the reasons they mean, read from the data file
 * {@code diagnosis/readers/format-messages.tsv} so support staff can read and extend it.
 */
final class FormatMessages {

    static final String RESOURCE = "diagnosis/readers/format-messages.tsv";

    record Message(String reader, String text, Reason reason) {
    }

    private static final class Bundled {
        static final FormatMessages INSTANCE = load();
    }

    private final List<Message> messages;

    FormatMessages(List<Message> messages) {
        this.messages = List.copyOf(messages);
    }

    static FormatMessages bundled() {
        return Bundled.INSTANCE;
    }

    private static FormatMessages load() {
        try (InputStream in = FormatMessages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static FormatMessages parse(List<String> lines) {
        List<Message> messages = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            Reason reason = cells.length >= 3 ? Reason.find(cells[2]).orElse(null) : null;
            if (reason == null || cells[1].isBlank() || !cells[1].equals(cells[1].toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected reader, lower-case text, reason");
            }
            messages.add(new Message(cells[0].trim(), cells[1], reason));
        }
        return new FormatMessages(messages);
    }

    /** The reason of the first fixed message of this reader's family that the text contains. */
    Reason find(String reader, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Message message : messages) {
            if (message.reader().equals(reader) && lower.contains(message.text())) {
                return message.reason();
            }
        }
        return null;
    }

    List<Message> messages() {
        return messages;
    }
}
