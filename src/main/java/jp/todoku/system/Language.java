package jp.todoku.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Todoku speaks; Japanese comes first because it is the default. */
enum Language {
    JAPANESE(Locale.JAPANESE),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    static Language byDefault() {
        return JAPANESE;
    }

    /** Finds the language of a tag such as {@code ja}, {@code en} or {@code en-US}. */
    static Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(candidate -> candidate.locale.getLanguage().equals(language)).findFirst();
    }
}
