package jp.todoku.staff;

import java.util.List;

/**
 * What the diagnosis snapshot says about one recipient, as plain strings for the page (always
 * escaped there: the texts come from a bounce). Empty strings where the snapshot had nothing.
 */
record RecipientFinding(String recipient, String status, String replyCode, String reason, String temporary,
                        String diagnosticText, String remoteHost, String command, List<String> entryIds, String entryTitle,
                        List<String> evidence) {

    /** The address with its domain corrected when it looks like a typo of a common domain, else "". */
    public String didYouMean() {
        return jp.todoku.diagnosis.Reason.find(reason)
                .flatMap(known -> jp.todoku.diagnosis.Knowledge.didYouMean(recipient, known)).orElse("");
    }

    RecipientFinding {
        entryIds = List.copyOf(entryIds);
        evidence = List.copyOf(evidence);
    }

    /** The best knowledge entry's id, or empty. */
    public String entryId() {
        return entryIds.isEmpty() ? "" : entryIds.get(0);
    }
}
