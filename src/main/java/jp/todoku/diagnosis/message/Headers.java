package jp.todoku.diagnosis.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The header block of a message or part, in the order written. */
public record Headers(List<Header> fields) {

    public static final Headers EMPTY = new Headers(List.of());

    public Headers {
        fields = List.copyOf(fields);
    }

    public Optional<String> find(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Header header : fields) {
            if (header.name().equals(key)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }

    /** The value, or "" when the header is absent. */
    public String get(String name) {
        return find(name).orElse("");
    }

    public List<String> all(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        for (Header header : fields) {
            if (header.name().equals(key)) {
                values.add(header.value());
            }
        }
        return values;
    }

    public boolean has(String name) {
        return find(name).isPresent();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
