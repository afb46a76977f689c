package jp.todoku.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the engine's own synthetic test messages from src/test/resources/fixtures. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
