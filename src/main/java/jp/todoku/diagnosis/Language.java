package jp.todoku.diagnosis;

import java.util.Locale;
import java.util.Optional;

/** The languages Todoku explains itself in; Japanese is the default everywhere. */
public enum Language {
    JA, EN;

    /** Reads {@code ja}, {@code en}, {@code en-US} ... as given on a command line or in a request. */
    public static Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "ja" -> Optional.of(JA);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** English for an English locale, Japanese for everything else. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : JA;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
