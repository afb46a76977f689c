package jp.todoku.guide;

import java.util.List;

/**
 * The end of the questionnaire: findings in reading order, the ticket fields, and the answers on the
 * path taken (answers left over from branches not taken are dropped).
 */
public record Outcome(List<Finding> findings, TicketFields ticketFields, Answers answers, List<AnsweredQuestion> path)
        implements Step {

    public Outcome {
        if (ticketFields == null || answers == null) {
            throw new IllegalArgumentException("an outcome needs its ticket fields and answers");
        }
        findings = List.copyOf(findings);
        path = List.copyOf(path);
    }

    /** The next step is to paste an error text, and the answers should travel with it. */
    public boolean asksForErrorMail() {
        return findings.stream().anyMatch(Finding::asksForErrorMail);
    }

    /** Some finding says support should look at this, so the ticket form deserves prominence. */
    public boolean suggestsTicket() {
        return findings.stream().anyMatch(Finding::suggestsTicket);
    }

    public boolean has(String findingId) {
        return findings.stream().anyMatch(finding -> finding.id().equals(findingId));
    }
}
