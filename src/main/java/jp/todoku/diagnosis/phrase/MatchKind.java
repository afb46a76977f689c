package jp.todoku.diagnosis.phrase;

import java.util.Locale;
import java.util.Optional;

/** How a table line's text is looked for in the error text (always lower case, spaces collapsed). */
public enum MatchKind {
    /** No text condition: the codes and the SMTP step decide. The text column holds {@code -}. */
    ANY,
    /** The text occurs anywhere. */
    CONTAINS,
    /** The text occurs with no letter or digit right before or after it ({@code ube} but not {@code tube}). */
    WORD,
    /** All the parts, separated by {@code " && "} in the table, occur in this order. */
    ALL;

    public static Optional<MatchKind> find(String word) {
        try {
            return Optional.of(valueOf(word.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
