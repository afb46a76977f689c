package jp.todoku.diagnosis.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.phrase.CodePattern;
import jp.todoku.diagnosis.phrase.TableLine;
import jp.todoku.diagnosis.phrase.TableReader;

/**
 * What an enhanced status code means on its own (RFC 3463 and the IANA registry), read from a table
 * of {@code status, reason, note} lines; the first line that covers a code wins.
 */
final class StatusMeanings {

    static final String RESOURCE = "diagnosis/reasons/status-codes.tsv";
    static final String LAYOUT = "status, reason, note";

    private record Meaning(CodePattern status, Reason reason) {
    }

    private final List<Meaning> meanings;

    private StatusMeanings(List<Meaning> meanings) {
        this.meanings = List.copyOf(meanings);
    }

    static StatusMeanings load(String table, List<TableLine> lines) {
        List<Meaning> meanings = new ArrayList<>();
        for (TableLine line : lines) {
            line.requireColumns(2, 3, LAYOUT);
            CodePattern status = line.status(0);
            if (status.isAny() || status.absent()) {
                throw line.fault("a status meaning needs a code, not '" + status + "'");
            }
            meanings.add(new Meaning(status, line.reason(1)));
        }
        if (meanings.isEmpty()) {
            throw new jp.todoku.diagnosis.phrase.TableFormatException(table, "has no status codes");
        }
        return new StatusMeanings(meanings);
    }

    static StatusMeanings bundled() {
        return load(RESOURCE, TableReader.lines(RESOURCE));
    }

    Optional<Reason> find(DeliveryStatus status) {
        if (status == null) {
            return Optional.empty();
        }
        for (Meaning meaning : meanings) {
            if (meaning.status().matches(status)) {
                return Optional.of(meaning.reason());
            }
        }
        return Optional.empty();
    }

    int size() {
        return meanings.size();
    }
}
