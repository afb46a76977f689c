package jp.todoku.staff;

import java.util.List;

/**
 * What the diagnosis snapshot says about one recipient, as plain strings for the page (always
 * escaped there: the texts come from a bounce). Empty strings where the snapshot had nothing.
 */
record RecipientFinding(String recipient, String status, String replyCode, String reason, String temporary,
                        String diagnosticText, String remoteHost, String command, List<String> entryIds, String entryTitle,
                        List<String> evidence) {

    RecipientFinding {
        entryIds = List.copyOf(entryIds);
        evidence = List.copyOf(evidence);
    }

    /** The best knowledge entry's id, or empty. */
    public String entryId() {
        return entryIds.isEmpty() ? "" : entryIds.get(0);
    }
}
