package jp.todoku.staff;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Readable names for the codes the staff console shows (reasons, receiving providers), in the staff
 * member's language, with the code beside the name so staff can still search and filter by it. A
 * code without a display name is shown as itself: never a Thymeleaf {@code ??key??}.
 */
public final class CodeLabels {

    /** Engine codes are short lower-case words; anything else is shown as it is, never looked up. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    private final MessageSource messages;
    private final Locale locale;

    CodeLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** "name (code)" for a reason code, the code alone when it has no name, null for null. */
    public String reason(String code) {
        return withCode("reason.", code);
    }

    /** "name (code)" for a receiving provider code, the code alone when it has no name, null for null. */
    public String provider(String code) {
        return withCode("provider.", code);
    }

    /** The reason's name alone, or the code when it has no name (for the filter's suggestions). */
    public String reasonName(String code) {
        String name = name("reason.", code);
        return name == null ? code : name;
    }

    /** The reason's name alone, if the code has one (the CSV export's name column). */
    Optional<String> findReasonName(String code) {
        return Optional.ofNullable(name("reason.", code));
    }

    /** By kind ("reason", "provider"); any other kind returns the code unchanged (charts of days, domains). */
    public String of(String kind, String code) {
        if ("reason".equals(kind)) {
            return reason(code);
        }
        if ("provider".equals(kind)) {
            return provider(code);
        }
        return code;
    }

    private String withCode(String prefix, String code) {
        String name = name(prefix, code);
        if (name == null) {
            return code;
        }
        return messages.getMessage("staff.label.withCode", new Object[] {name, code}, name + " (" + code + ")", locale);
    }

    private String name(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        // Stored codes come from the engine, but a ticket row may hold anything: only plain codes are looked up.
        if (!CODE.matcher(code).matches()) {
            return null;
        }
        return messages.getMessage(prefix + code, null, null, locale);
    }
}
