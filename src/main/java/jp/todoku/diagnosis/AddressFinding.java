package jp.todoku.diagnosis;

import java.util.List;

/**
 * One thing noticed in a recipient address, as a message key and its arguments (the display text
 * lives in messages/knowledge*.properties).
 *
 * @param key       message key, e.g. {@code knowledge.address.comma}
 * @param arguments values for the message's placeholders, e.g. the offending characters
 * @param severity  whether the address cannot work as written, or only deserves a second look
 */
public record AddressFinding(String key, List<String> arguments, Severity severity) {

    public AddressFinding {
        if (key == null || !key.startsWith("knowledge.address.")) {
            throw new IllegalArgumentException("address finding keys start with knowledge.address.: " + key);
        }
        arguments = List.copyOf(arguments);
    }

    public enum Severity {
        /** The address cannot be delivered as written. */
        INVALID,
        /** The address may be right, but these characters are often mistyped. */
        CHECK
    }
}
