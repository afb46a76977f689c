package jp.todoku.headers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the fixtures under src/test/resources/headers, in the line ending a test asks for. */
final class HeaderFixtures {

    private HeaderFixtures() {
    }

    static String read(String name) {
        try (InputStream in = HeaderFixtures.class.getResourceAsStream("/headers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The fixture with LF, CRLF or CR line ends (the files are kept with LF). */
    static String read(String name, String lineEnd) {
        return read(name).replace("\r\n", "\n").replace("\n", lineEnd);
    }
}
