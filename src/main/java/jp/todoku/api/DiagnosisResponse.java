package jp.todoku.api;

import java.util.ArrayList;
import java.util.List;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;
import jp.todoku.selfservice.DiagnosisSnapshot;
import jp.todoku.selfservice.FailureSnapshot;

/**
 * {@code POST /api/v1/diagnoses} answers with this: the kind of input and one entry per failed
 * recipient with the CLI's field names, plus the knowledge entries in the request's language.
 */
record DiagnosisResponse(String kind, List<Failure> failures) {

    record Failure(int index, String recipient, String status, String replyCode, String reason, boolean hardBounce,
                   boolean temporary, String diagnosticText, String remoteHost, String command, String decodedBy,
                   String sender, String reportingHost, String date, String subject, String messageId,
                   String feedbackType, String whoActs, String listAdvice, String didYouMean, List<Entry> knowledge) {
    }

    /** One knowledge entry as a customer reads it. {@code keepAddress}: true keep, false remove, null review. */
    record Entry(String id, String category, String provider, String permanence, String whoActs, Boolean keepAddress,
                 String title, String summary, List<String> steps) {

        static Entry of(KnowledgeEntry entry, Language language) {
            KnowledgeEntry.Text text = entry.text(language);
            return new Entry(entry.id(), entry.category().code(), entry.provider(), entry.permanence().code(),
                    entry.whoActs().code(), entry.keepAddress().orElse(null), text.title(), text.summary(), text.steps());
        }
    }

    static DiagnosisResponse of(Diagnosis diagnosis, Knowledge knowledge, Language language) {
        DiagnosisSnapshot snapshot = DiagnosisSnapshot.of(diagnosis);
        List<Failure> failures = new ArrayList<>();
        for (FailureSnapshot failure : snapshot.failures()) {
            List<Entry> entries = failure.knowledgeIds().stream().map(knowledge::find)
                    .flatMap(java.util.Optional::stream).map(entry -> Entry.of(entry, language)).toList();
            failures.add(new Failure(failure.index(), failure.recipient(), failure.status(), failure.replyCode(),
                    failure.reason(), failure.hardBounce(), failure.temporary(), failure.diagnosticText(),
                    failure.remoteHost(), failure.command(), failure.decodedBy(), failure.sender(),
                    failure.reportingHost(), failure.date(), failure.subject(), failure.messageId(),
                    failure.feedbackType(), failure.whoActs(), failure.listAdvice(),
                    jp.todoku.diagnosis.Reason.find(failure.reason())
                            .flatMap(reason -> Knowledge.didYouMean(failure.recipient(), reason)).orElse(""), entries));
        }
        return new DiagnosisResponse(snapshot.kind(), failures);
    }
}
