package jp.todoku.guide;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the answers point to: a likely cause and what to do, or the request to paste an error text.
 * All text is message keys under {@code guide.finding.<id>}; {@code knowledgeId} names the matching
 * knowledge-base entry, where one exists.
 */
public record Finding(String id, FindingKind kind, Priority priority, Optional<String> knowledgeId,
                      boolean suggestsTicket, int stepCount) {

    public Finding {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a finding id is lower-case words joined by '-': " + id);
        }
        if (kind == null || priority == null || knowledgeId == null) {
            throw new IllegalArgumentException("kind, priority and knowledge id (or empty) must be given: " + id);
        }
        if (stepCount < 0 || stepCount > 12) {
            throw new IllegalArgumentException("a finding has 0 to 12 steps: " + id);
        }
    }

    public String titleKey() {
        return "guide.finding." + id + ".title";
    }

    public String explanationKey() {
        return "guide.finding." + id + ".explanation";
    }

    /** Keys of the numbered steps, in order. */
    public List<String> stepKeys() {
        return IntStream.rangeClosed(1, stepCount)
                .mapToObj(number -> "guide.finding." + id + ".step" + number)
                .toList();
    }

    public boolean asksForErrorMail() {
        return kind == FindingKind.PASTE_ERROR_MAIL;
    }

    /** The header page's situation for this finding ("late" for read-headers-late), or "" when it is no header finding. */
    public String headersSituation() {
        return kind == FindingKind.READ_HEADERS && id.startsWith("read-headers-") ? id.substring("read-headers-".length()) : "";
    }
}
