package jp.todoku.selfservice;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.diagnosis.Advice;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.KnowledgeEntry;

/**
 * One failed recipient as stored with a ticket and answered by the API: the field names of the CLI's
 * {@code diagnose} output (empty string for "not given", as there), plus the knowledge entries that
 * apply, best first.
 */
public record FailureSnapshot(int index, String recipient, String status, String replyCode, String reason,
                              boolean hardBounce, boolean temporary, String diagnosticText, String remoteHost,
                              String command, String decodedBy, String sender, String reportingHost, String date,
                              String subject, String messageId, String feedbackType, String kind,
                              List<String> knowledgeIds, String whoActs, String listAdvice) {

    public FailureSnapshot {
        knowledgeIds = List.copyOf(knowledgeIds);
    }

    static FailureSnapshot of(int index, Diagnosis.Kind kind, DeliveryFailure failure) {
        List<String> ids = new ArrayList<>();
        String whoActs = "";
        String listAdvice = "";
        if (failure.advice() != null) {
            Advice advice = failure.advice();
            ids.add(advice.best().id());
            advice.others().forEach(entry -> ids.add(entry.id()));
            whoActs = advice.best().whoActs().code();
            listAdvice = advice.best().listAdvice().code();
        }
        return new FailureSnapshot(index, orEmpty(failure.recipient()),
                failure.findStatus().map(Object::toString).orElse(""),
                failure.findReplyCode().map(Object::toString).orElse(""),
                failure.reason().code(), failure.hardBounce(), failure.temporary(), failure.diagnosticText(),
                orEmpty(failure.remoteHost()), failure.findCommand().map(command -> command.label()).orElse(""),
                orEmpty(failure.decodedBy()), orEmpty(failure.sender()), orEmpty(failure.reportingHost()),
                failure.date() == null ? "" : failure.date().toString(), orEmpty(failure.subject()),
                orEmpty(failure.messageId()), orEmpty(failure.feedbackType()),
                kind == Diagnosis.Kind.FRAGMENT ? "fragment" : "bounce", ids, whoActs, listAdvice);
    }

    /** The entries to show, in the order stored; unknown ids (an older knowledge base) are left out. */
    List<KnowledgeEntry> entries(jp.todoku.diagnosis.Knowledge knowledge) {
        return knowledgeIds.stream().map(knowledge::find).flatMap(java.util.Optional::stream).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
